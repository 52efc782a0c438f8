class Outer:
    label = "outer"
    class Inner:
        label = "inner"
        def describe(self):
            return "Inner sees " + self.label
        class Deep:
            pass
    def make(self):
        return self.Inner()
o = Outer()
print(o.make().describe())
print(Outer.Inner.Deep.__qualname__)
print(Outer.Inner().describe())
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__qualname__, L.__name__)
print(factory() is factory())
