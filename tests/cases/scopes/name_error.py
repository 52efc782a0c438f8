try:
    print(undefined_name)
except NameError as e:
    print("caught:", e)
    print(e.name)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print("caught:", e)
try:
    del never_defined
except NameError as e:
    print("caught:", e)
print(totally_unknown)
