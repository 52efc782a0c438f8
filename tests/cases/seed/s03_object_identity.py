# Seed: "Object Model / Object Identity"
# id() returns object identity (memory address)
x = 42
y = 42
print(id(x) == id(y))  # May be True (small integers are cached)

a = [1, 2, 3]
b = [1, 2, 3]
print(id(a) == id(b))  # False (different objects)
