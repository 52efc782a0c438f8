class A:
    def m(self):
        return "A"

class B(A):
    def m(self):
        return "B" + super().m()
    def n(self, other):
        def helper():
            return self
        return super(B, self).m()
    @classmethod
    def c(cls):
        return super().m
