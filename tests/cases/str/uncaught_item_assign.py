# Uncaught TypeError assigning into a string
name = "heron"
print(name.capitalize())
print("H" + name[1:])
print(name.replace("h", "H", 1))
chars = list(name)
chars[0] = "H"
print("".join(chars))
print(name)
name[0] = "H"
