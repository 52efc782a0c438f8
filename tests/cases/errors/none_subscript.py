# Uncaught TypeError: 'NoneType' object is not subscriptable
def lookup(name):
    if name == "known":
        return [1, 2, 3]

print(lookup("known")[0])
print(lookup("unknown")[0])
