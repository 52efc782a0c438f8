# Uncaught AttributeError on an int
x = 5
print(x.real)
print(x.foo)
