class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Rec:
    size = Typed()
    label = NonData()
r = Rec()
print(r.size)
r.size = 5
print(r.size, r._size, type(Rec.size).__name__)
try:
    r.size = "big"
except TypeError as e:
    print(e)
print(r.label)
r.__dict__["label"] = "from instance"
print(r.label)
r.__dict__["size"] = 99
print(r.size)
