class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
class T:
    x = 1
t = T()
p = Proxy(t)
print(p.x)
p.y = 5
print(t.y, p.y)
print(p.log)
class Ga:
    def __getattribute__(self, name):
        if name == "magic":
            return "intercepted"
        return object.__getattribute__(self, name)
g = Ga()
g.real = "real"
print(g.magic, g.real)
