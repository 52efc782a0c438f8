# Uncaught NameError for an undefined variable
count = 3
print(count)
print(cuont)
