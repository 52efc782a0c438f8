for n in range(4):
    print("even" if n % 2 == 0 else "odd")
x = 5
s = "big" if x > 10 else "medium" if x > 3 else "small"
print(s)
calls = []
def t():
    calls.append("t"); return True
def a():
    calls.append("a"); return "A"
def b():
    calls.append("b"); return "B"
print(a() if t() else b(), calls)
print((lambda v: "pos" if v > 0 else "nonpos")(-1))
print([("Y" if c.isupper() else "n") for c in "aBcD"])
