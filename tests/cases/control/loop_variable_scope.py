for i in range(3):
    pass
print(i)
for j in []:
    pass
print("j" in globals())
lst = [1, 2, 3]
for lst[0] in [7, 8]:
    pass
print(lst)
class T: pass
t = T()
for t.x in "ab":
    pass
print(t.x)
for k in range(5):
    k = k * 100
print(k)
