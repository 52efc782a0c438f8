print("before")
x = 3
assert x == 4
print("after")
