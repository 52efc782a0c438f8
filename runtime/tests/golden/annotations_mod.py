x: int
y: list[int] = []
obj.attr: str = "a"
d["k"]: int = 1

class C:
    field: int
    other: str = "s"

def f():
    local: int = 1
    return local
