# Mutating set methods
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([4, 5], (6,), 'ab')
print(sorted(s, key=str))
s.discard('a'); s.discard('zz')
s.remove('b')
print(sorted(s))
s.intersection_update({1, 3, 4, 9}, range(5))
print(s)
s.difference_update([1], {99})
print(s)
s.symmetric_difference_update({4, 8})
print(sorted(s))
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
c = {10, 20}
d = c.copy()
d.add(30)
print(sorted(c), sorted(d), c is d)
c.clear()
print(c, bool(c), bool(d))
nums = {n for n in range(20) if n % 2}
print(sorted(nums), nums.issuperset({1, 3}), sorted({n * n for n in nums if n < 8}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: set().pop())
t(lambda: {1}.remove(2))
t(lambda: {1}.remove((1, 2)))
t(lambda: {1}.remove('x'))
t(lambda: {1}.add([2]))
t(lambda: {1}.update(5))
t(lambda: {1}.discard({}))
t(lambda: set(1, 2))
t(lambda: {1}.union(None))
s = {1, 2}
def mutate():
    for x in s:
        s.add(x + 10)
t(mutate)
