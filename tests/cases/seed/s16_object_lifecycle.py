# Seed: "Memory Management / Object Lifecycle"
class MyClass:
    def __init__(self):
        print("Object created")
    
    def __del__(self):
        print("Object deleted")

obj = MyClass()
del obj  # Triggers __del__
print("after del")
