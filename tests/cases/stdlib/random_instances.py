# random.Random instances, getstate/setstate, seed(None), subclasses
import random

r1 = random.Random(123)
r2 = random.Random(123)
print([r1.random() == r2.random() for _ in range(3)])
print(r1.randint(0, 1000), r2.randint(0, 1000))
state = r1.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[2])
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)])
r3 = random.Random()
r3.setstate(state)
print(r3.random() == a[0])
g = random.Random(5)
g.gauss()
st = g.getstate()
print(st[2] is not None)
h = random.Random()
h.setstate(st)
print(g.gauss() == h.gauss())

random.seed()
x = random.random()
print(0.0 <= x < 1.0)
r = random.Random()
print(0 <= r.randrange(10) < 10)

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.choices([1, 2, 3], k=2))

random.seed(99)
seq = [random.randint(1, 6) for _ in range(20)]
print(seq)
print(sorted(random.sample(range(50), 10)))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.randint(1, 3) <= 3)
