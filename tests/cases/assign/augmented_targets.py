class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
b.v *= 2
print(b.v)
lst = [1, 2, 3]
lst[1] += 40
lst[-1] **= 2
print(lst)
d = {"n": 0}
for i in range(5):
    d["n"] += i
print(d)
calls = []
def key():
    calls.append("key")
    return "k"
dd = {"k": 1}
dd[key()] += 1
print(dd, calls)
m = [[1, 2], [3, 4]]
m[1][0] -= 3
print(m)
