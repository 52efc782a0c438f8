class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.cur) == (other.amount, other.cur)
    def __hash__(self):
        return hash((self.amount, self.cur))
a, b, c = Money(5, "EUR"), Money(5, "EUR"), Money(7, "EUR")
print(a == b, a != b, a == c, a is b)
print(a == 5, 5 == a)
print(len({a, b, c}))
d = {a: "five"}
print(d[b])
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
