# Uncaught TypeError assigning into a string
name = "heron"
print(name.capitalize())
name[0] = "H"
