# One subscript site in hot code sees lists by int, then slices, dicts, tuples, strings and
# a list subclass with its own __getitem__; stores likewise.


class Shifted(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10


def get(c, k):
    return c[k]


def put(c, k, v):
    c[k] = v


def run(containers, keys, n):
    acc = []
    for i in range(n):
        c = containers[i % len(containers)]
        k = keys[i % len(keys)]
        acc.append(get(c, k))
    return acc


data = list(range(10))
print(sum(run([data], [1, 2, 3], 3000)))
print(run([data], [slice(2, 5), slice(None, None, -3)], 4))
print(run([data, {1: "one", 2: "two"}, (7, 8, 9)], [1, 2], 6))
print(run(["abcdef", Shifted([1, 2, 3])], [1, -1], 4))
try:
    get(data, "x")
except TypeError as e:
    print("TypeError:", e)

store = [0] * 8
for i in range(3000):
    put(store, i % 8, i)
print(store)
put(store, slice(0, 2), ["a", "b", "c"])
print(store)
table = {}
for i in range(2000):
    put(table, i % 5, i)
    put(store, i % 4, i)
print(table, store[:4])
try:
    put(store, 100, 1)
except IndexError as e:
    print("IndexError:", e)
