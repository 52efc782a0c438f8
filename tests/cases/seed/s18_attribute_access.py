# Seed: "Special Methods / Attribute Access"
# The seed defines the class; the lines after it exercise each hook.
class MyClass:
    def __getattr__(self, name):
        return f"Attribute {name} not found"
    
    def __setattr__(self, name, value):
        super().__setattr__(name, value)
    
    def __delattr__(self, name):
        super().__delattr__(name)

obj = MyClass()
print(obj.missing)
obj.real = 1
print(obj.real, vars(obj))
del obj.real
print(obj.real)
try:
    del obj.real
except AttributeError as e:
    print("AttributeError:", e)
