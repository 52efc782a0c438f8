# The interpreter remembers which class's __add__ an operator site called (feedback for the
# JIT); that memory must not keep the class alive once the program drops it.
import gc
import weakref


def make():
    class Money:
        def __init__(self, cents):
            self.cents = cents

        def __add__(self, other):
            return Money(self.cents + other.cents)

    return Money


def combine(a, b):
    return a + b


Money = make()
total = Money(0)
for i in range(2000):
    total = combine(total, Money(i))
print(total.cents)

ref = weakref.ref(Money)
del Money, total
gc.collect()
print("class collected:", ref() is None)

Money = make()
print(combine(Money(1), Money(2)).cents)
