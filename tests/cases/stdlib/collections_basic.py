from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
import collections

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], len(p), tuple(p), p == (1, 2))
print(Point._fields, Point._make([3, 4]), p._asdict(), p._replace(x=10))
x, y = p
print(x, y, isinstance(p, tuple), Point.__name__, repr(Point(x='a', y=None)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__doc__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    namedtuple('Bad', ['x', 'x'])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple('Bad', ['_x'])
except ValueError as e:
    print("ValueError:", e)
print(namedtuple('R', 'a def _b a', rename=True)._fields)
class Sub(namedtuple('Base', 'u v')):
    def total(self):
        return self.u + self.v
print(Sub(2, 3).total(), Sub(2, 3))
print(sorted([Point(2, 1), Point(1, 5)]), hash(Point(1, 2)) == hash((1, 2)))

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, list(d), 7 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
dm = deque(range(10), maxlen=3)
print(dm, dm.maxlen)
dm.append(10); dm.appendleft(0)
print(dm, list(reversed(dm)))
e = deque()
try:
    e.pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    e[0]
except IndexError as ex:
    print("IndexError:", ex)
print(deque('abc') == deque('abc'), bool(deque()), deque([1, 2]) + deque([3]), deque('ab').count('a'))

c = Counter('abracadabra')
print(c)
print(c.most_common(3), c['a'], c['z'])
print(sorted(c.elements()))
c.update('aaz'); c.subtract({'b': 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({'x': 0, 'y': -1}), +Counter({'x': 0, 'y': -1, 'z': 2}), -Counter({'y': -1}))
print(Counter('hello world').most_common(), Counter([1, 1, 2]).total())
print(Counter('aab') == Counter('aba'), list(Counter('cbca')))

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], len(dd), isinstance(dd, dict))
di = defaultdict(int); di['x'] += 5
print(di, dict(di), defaultdict(None, {1: 2}))
try:
    defaultdict()['k']
except KeyError as ex:
    print("KeyError:", ex)
print(defaultdict(lambda: 'q').default_factory(), dd.copy())

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('z', 0), 'b' in cm)
cm['c'] = 4
print(cm, cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
