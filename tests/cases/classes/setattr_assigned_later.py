# __setattr__ assigned to (and deleted from) a class after its instances used plain stores.
class C:
    def __init__(self):
        self.a = 1
c = C()
c.a = 2
def logger(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)
C.__setattr__ = logger
c.a = 3
print(c.a)
del C.__setattr__
c.a = 4
print(c.a)
