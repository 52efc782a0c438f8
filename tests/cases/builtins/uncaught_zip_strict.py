# Uncaught ValueError from zip(strict=True)
names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages + [40], strict=True)))
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print("caught:", e)
for name, age in zip(names, ages, strict=True):
    print(name, age)
print("never printed")
