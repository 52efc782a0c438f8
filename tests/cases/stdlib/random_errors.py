# random error paths
import random

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

random.seed(1)
t(lambda: random.choice([]))
t(lambda: random.randrange(0))
t(lambda: random.randrange(5, 5))
t(lambda: random.randrange(0, 10, 0))
t(lambda: random.randrange(10, 0, 2))
t(lambda: random.randint(5, 1))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample([1, 2], -1))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.choices([1, 2], [1]))
t(lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]))
t(lambda: random.choices([1, 2], [0, 0]))
t(lambda: random.choices([1, 2], 3))
t(lambda: random.getrandbits(-1))
t(lambda: random.setstate((9, (), None)))
t(lambda: random.seed([1, 2]))
t(lambda: random.randrange(0, 10, 3))
t(lambda: random.sample(range(10), 2, counts=[1] * 9))
t(lambda: random.sample("ab", 3, counts=[2, 2]))
