# Uncaught TypeError: 'NoneType' object is not subscriptable
def lookup(name):
    if name == "known":
        return [1, 2, 3]

print(lookup("known")[0])
print(lookup("known")[1:])
print(lookup("other"))
result = lookup("unknown")
print(result is None, type(result).__name__)
print(result[0])
