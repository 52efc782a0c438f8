a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = k = "s"
i += "t"
print(i, j, k)
d = {}
d["k"] = d["j"] = 3
print(d)
class O: pass
o = O()
o.p = o.q = 7
print(o.p, o.q)
