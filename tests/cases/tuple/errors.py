# Tuple error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
tp = (1, 2, 3)
def assign():
    tp[0] = 5
def delete():
    del tp[0]
def aug():
    global tp
    tp[0] += 1
t(assign)
t(delete)
t(aug)
t(lambda: tp[3])
t(lambda: tp[-4])
t(lambda: ()[0])
t(lambda: tp.index(9))
t(lambda: tp.append(4))
t(lambda: tp['a'])
t(lambda: tp + [4])
t(lambda: tp + 4)
t(lambda: tp * 1.5)
t(lambda: tuple(5))
t(lambda: tuple(1, 2))
def unpack_many():
    a, b = tp
def unpack_few():
    a, b, c, d = tp
def unpack_non_iter():
    a, b = 5
def star_few():
    a, b, *c, d, e = (1, 2, 3)
t(unpack_many)
t(unpack_few)
t(unpack_non_iter)
t(star_few)
x = ([1], 2)
try:
    x[0] += [9]
except TypeError as e:
    print("TypeError:", e, x)
print(tp)
