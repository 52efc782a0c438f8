# random with fixed seeds must reproduce CPython's exact sequence
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.getrandbits(1), random.getrandbits(64), random.getrandbits(100))
l = list(range(15))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.sample("abcdef", 3), random.sample(range(10**6), 3))
print(random.choices("abc", k=6))
print(random.choices("abc", weights=[5, 1, 1], k=6))
print(random.choices("abc", cum_weights=[1, 2, 10], k=6))
print(random.uniform(1, 5), random.triangular(0, 10, 3))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(5, 1))
print(random.expovariate(1.5), random.lognormvariate(0, 0.5), random.betavariate(2, 5))
print(random.gammavariate(2, 1), random.gammavariate(0.5, 2), random.vonmisesvariate(0, 4))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.randbytes(6))

for s in (0, 1, -7, 2**40 + 3, 2**100, 123456789):
    random.seed(s)
    print(s, random.random(), random.randint(-5, 5))

random.seed(3.25)
print(random.random())
random.seed("hello")
print(random.random(), random.randint(1, 6))
random.seed(b"bytes")
print(random.random())
random.seed(bytearray(b"bytes"))
print(random.random())
