# Uncaught ValueError from zip(strict=True)
names = ["ann", "bob", "cy"]
ages = [31, 25]
for name, age in zip(names, ages, strict=True):
    print(name, age)
