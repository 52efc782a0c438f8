class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.b = 2
    def who(self):
        return "B>" + super().who()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who(), d.a, d.b)
print([k.__name__ for k in D.__mro__])
print(super(B, d).who())
class E(A):
    def who(self):
        return super(E, self).who() + "(explicit)"
print(E().who())
