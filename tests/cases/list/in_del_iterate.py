# Membership, del statements, iteration while mutating carefully
a = [1, 'two', 3.0, [4], (5,), None, True]
print(1 in a, 'two' in a, 3 in a, [4] in a, (5,) in a, None in a, 4 in a, 'tw' in a, 0 in a, 2 not in a)
del a[0]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
x = [1, 2, 3, 4, 5, 6]
for v in x[:]:
    if v % 2 == 0:
        x.remove(v)
print(x)
y = [1, 2, 3, 4]
out = []
for v in y:
    out.append(v)
    if v == 2:
        y.append(99)
    if len(out) > 10:
        break
print(out, y)
z = [5, 6, 7, 8]
for i, v in enumerate(z):
    z[i] = v * 10
print(z)
stack = []
for ch in 'abc':
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
w = [3, 1, 2]
it = iter(w)
print(next(it))
w.insert(0, 100)
print(list(it))
i = 0
lst = list(range(10))
while i < len(lst):
    if lst[i] % 3 == 0:
        del lst[i]
    else:
        i += 1
print(lst)
