# Seed: "Object Model / Everything is an Object"
# id(x) is an address; print a stable fact about it instead.
x = 42
print(type(x))  # <class 'int'>
print(type(id(x)).__name__, id(x) == id(x))    # Memory address

def func():
    pass

print(type(func))  # <class 'function'>
