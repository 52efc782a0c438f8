class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
try:
    with CM("a") as c:
        print("body with", c.name)
        raise ValueError("in body")
except ValueError as e:
    print("propagated:", e)
with CM("ok"):
    print("normal body")
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break
