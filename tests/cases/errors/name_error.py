# Uncaught NameError for an undefined variable
count = 3
print(count)
try:
    print(undefined_thing)
except NameError as e:
    print("caught:", e)
del count
try:
    print(count)
except NameError as e:
    print("after del:", e)
print(cuont)
