class A:
    def method(self, value, names=None, *, module=None,
               start=1):
        return (value, names, module, start)

    def other(self, a,
              b=2): return a + b

    def third(self):
        return [1,
                2][0]


def outer(x,
          y):
    if x:
        return {"k":
                y}["k"]
    return 0


print(A().method(1, start=5), A().other(1), A().third(), outer(1, 7), outer(0, 1))
