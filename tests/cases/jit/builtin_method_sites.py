# Method calls on built-in receivers at hot sites (LOAD_METHOD caches the built-in method
# descriptor under the type's version): lists, a list subclass that overrides or inherits
# the method, a subclass instance whose dict shadows it, the subclass patched mid-loop,
# receivers of other built-in types at the same site, and errors from the method.
class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


class Plain(list):
    pass


def fill(seq, n):
    for i in range(n):
        seq.append(i)
    return seq


def rotate(perm, n):
    for _ in range(n):
        perm.insert(len(perm) - 1, perm.pop(0))
    return perm


print(sum(fill([], 300)), sum(fill(MyList(), 300)), sum(fill(Plain(), 300)))
print(rotate(list(range(7)), 200))

p = Plain()
p.__dict__["append"] = lambda x: print("shadowed", x)
fill(p, 2)
print(p)

def add_all(seq, vals):
    for v in vals:
        seq.append(v)


q = Plain()
for i in range(200):
    if i == 150:
        Plain.append = lambda self, x: list.append(self, -x)
    add_all(q, [i])
print(sum(q), len(q))


def first(xs):
    out = []
    for x in xs:
        out.append(x.upper() if i_am_str(x) else x.count(1))
    return out


def i_am_str(x):
    return isinstance(x, str)


print(first(["ab", [1, 1], "cd", (1, 2, 1)] * 50)[:4])


def pops(xs, n):
    got = 0
    for _ in range(n):
        try:
            xs.pop()
            got += 1
        except IndexError as e:
            return got, str(e)
    return got, None


print(pops(list(range(100)), 300))
try:
    fill((1, 2), 1)
except AttributeError as e:
    print(e)
