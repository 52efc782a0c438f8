# Seed: "Name Binding and Scopes / Global and Nonlocal"
# The seed only defines the functions; they are called below to show the effect.
x = "global"

def func():
    global x
    x = "modified"  # Modifies global x

def outer():
    x = "outer"
    
    def inner():
        nonlocal x
        x = "modified"  # Modifies outer's x
    
    inner()
    print(x)  # "modified"

print(x)
func()
print(x)
outer()
