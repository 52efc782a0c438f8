def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
REG = []
@register(REG)
@add_greeting
class Thing:
    pass
print(Thing().greet(), REG)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int = 0
print(Pt(1), Pt(1, 2) == Pt(1, 2), Pt(3).y)
