class Counter:
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
c = Counter(5)
c.inc().inc(10)
print(c.get())
m = c.inc
print(type(m).__name__, m.__self__ is c, m.__func__ is Counter.inc)
m()
print(Counter.get(c))
print(Counter.inc.__name__, Counter.inc.__qualname__)
d = Counter()
print(d.value, c.value)
