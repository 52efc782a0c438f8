import copy, heapq, bisect, keyword, string
from collections import defaultdict, OrderedDict, namedtuple, deque, Counter

class P:
    def __init__(self, xs):
        self.xs = xs
        self.name = "p"
    def __repr__(self):
        return f"P({self.xs!r})"
a = [1, [2, 3], {'k': [4]}, P([5])]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s[1] is a[1], d[1] is a[1], d == a[:3] + [d[3]], d[3].xs is a[3].xs, s[3] is a[3], d[3])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[0])
class C:
    def __copy__(self):
        return "copied"
    def __deepcopy__(self, memo):
        return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
sc = copy.deepcopy(S())
print(sc.a, sc.b)
dd = defaultdict(list, {'x': [1]})
ddc = copy.deepcopy(dd)
print(ddc, ddc['x'] is dd['x'], copy.copy(OrderedDict(a=1)))
Pt = namedtuple('Pt', 'x y')
print(copy.copy(Pt(1, 2)), copy.deepcopy(Pt([1], 2)), copy.copy(deque([1, 2])), copy.deepcopy(Counter('aab')))
e = copy.copy(ValueError("boom"))
print(repr(e))

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
x = [9, 4, 7, 1, 0, 3]
heapq.heapify(x)
print(x, heapq.heappushpop(x, 2), heapq.heapreplace(x, 10), x)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['a', 'bb'], ['c'], key=len)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'ship'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

L = [1, 2, 4, 4, 8]
print(bisect.bisect_left(L, 4), bisect.bisect_right(L, 4), bisect.bisect(L, 5), bisect.bisect(L, 0))
bisect.insort(L, 3); bisect.insort_left(L, 4)
print(L)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'z'), key=lambda r: r[0])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])

print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.kwlist[:4])

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   world  foo "), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 cost")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(t.substitute({'who': 'a'}, what='b'))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a $b $a").get_identifiers(), string.Template("$a").is_valid())
print(string.Formatter().format("{0} and {name!r:>6} {1[0]}", "x", [7], name="n"))
print(list(string.Formatter().parse("a{0}b{x:>3}c{{d}}")))
