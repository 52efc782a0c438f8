# Seed: "Memory Management": reference counting drives __del__ (two names, then none).
import sys

class MyClass:
    def __init__(self):
        print("Object created")
    
    def __del__(self):
        print("Object deleted")

obj = MyClass()
other = obj
print(sys.getrefcount(obj))
del obj
print("one name left")
del other
print("done")
