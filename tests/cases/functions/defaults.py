def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
counter = 10
def snap(v=counter):
    return v
counter = 20
print(snap())
def evaluated():
    print("default evaluated")
    return 0
def uses(x=evaluated()):
    return x
print(uses(), uses(), uses(5))
print(greet.__defaults__)
