# Seed: "Special Methods / Magic Methods"
# The seed defines the class; the lines after it exercise each method.
class MyClass:
    def __init__(self, value):
        self.value = value
    
    def __str__(self):
        return f"MyClass({self.value})"
    
    def __repr__(self):
        return f"MyClass(value={self.value!r})"
    
    def __eq__(self, other):
        return self.value == other.value
    
    def __hash__(self):
        return hash(self.value)

a = MyClass(5)
print(a)
print(repr(a), [a])
print(a == MyClass(5), a == MyClass("5"))
print(hash(a) == hash(5), len({a, MyClass(5), MyClass(6)}))
print(MyClass("s"), repr(MyClass("s")))
