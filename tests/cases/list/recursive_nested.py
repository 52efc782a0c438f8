# Nested and self-referencing lists
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][2][0])
b = [[]]
b[0].append(b)
print(b)
c = [1]
d = [c, c]
c.append(d)
print(d, c)
e = {'list': []}
e['list'].append(e)
print(e)
nested = [1, [2, [3, [4, [5, []]]]]]
print(nested, nested[1][1][1][1][0], len(nested[1][1]))
flat = []
def flatten(x):
    for item in x:
        if isinstance(item, list):
            flatten(item)
        else:
            flat.append(item)
flatten(nested)
print(flat)
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m, [row[1] for row in m], [m[i][i] for i in range(3)], list(map(list, zip(*m))))
m[1][1] = 'X'
print(m)
print(str(a), repr([a, a]))
x = [0]
x[0] = x
print(x, x == x, x[0][0][0] is x)
