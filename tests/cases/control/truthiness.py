class Always:
    def __bool__(self):
        print("bool called")
        return False
class Sized:
    def __len__(self):
        return 3
class Neither:
    pass
if Always():
    print("no")
else:
    print("Always is falsy")
print(bool(Sized()), bool(Neither()))
print("yes" if Sized() else "no")
vals = [0, 1, "", "a", [], [0], {}, {0: 0}, None, 0.0, 2.5, (), ((),)]
print([bool(v) for v in vals])
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
