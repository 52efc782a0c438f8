# Uncaught AssertionError without a message
x = 3
assert x > 0
print("ok")
assert x > 5
