# Seed: "Name Binding and Scopes / Scope Resolution (LEGB)"
x = "global"

def outer():
    x = "enclosing"
    
    def inner():
        x = "local"
        print(x)  # "local"
    
    inner()

outer()
