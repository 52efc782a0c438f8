x: int = 1
y: str
z: "list[int]" = [1, 2]
print(x, z)
print(__annotations__)
print("y" in globals())
class C:
    a: int = 3
    b: float
    def m(self):
        c: int = 5
        return c
print(C.__annotations__)
print(C.a, C().m())
print(hasattr(C, "b"))
def f(p: int, q: "str" = "d") -> bool:
    return True
print(f.__annotations__)
obj = C()
obj.attr: int = 9
print(obj.attr)
