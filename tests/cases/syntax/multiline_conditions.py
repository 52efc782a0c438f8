# Logical lines spanning physical lines (bracketed conditions, headers) inside nested blocks.
def f():
    if (1 or
            2):
        pass
    if 3:
        print("ok")
f()
class A:
    def f(self, a,
          b):
        for x in (1,
                2):
            pass
        return 1
    def g(self):
        return 2
print(A().f(1,2), A().g())
