# Unhashable keys and mutation during iteration
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {'a': 1, 'b': 2}
t(lambda: d[[1]])
t(lambda: d.__setitem__({}, 1))
t(lambda: d.get({1}))
t(lambda: [1] in d)
t(lambda: d.pop([]))
def grow():
    for k in d:
        d[k + k] = 0
def shrink():
    for k in d:
        del d[k]
def change_values():
    for k in d:
        d[k] = d[k] * 10
    return d
def keys_grow():
    for k in d.keys():
        d['new' + k] = 1
def items_grow():
    for k, v in d.items():
        d.pop(k)
t(grow)
print(d)
t(change_values)
t(shrink)
print(d)
d = {'a': 1, 'b': 2}
t(keys_grow)
print(len(d))
d = {'x': 1}
t(items_grow)
print(d)
d = {'p': 1, 'q': 2}
for k in list(d):
    d[k * 2] = d.pop(k)
print(d)
def replace_same_size():
    e = {1: 1}
    for k in e:
        del e[k]
        e[k + 1] = 1
        if k > 10:
            break
    return e
t(replace_same_size)
