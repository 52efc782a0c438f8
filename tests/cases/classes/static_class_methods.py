class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return r * r * 3
    @classmethod
    def kind(cls):
        return cls.__name__
class Special(Pizza):
    pass
p = Pizza.margherita()
print(p.toppings, Pizza.count)
s = Special.margherita()
print(type(s).__name__, Special.kind(), s.kind())
print(Pizza.area(2), p.area(3))
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["kind"]).__name__)
print(Pizza.count)
