# Uncaught AssertionError without a message
x = 3
assert x > 0
print("ok 1")
assert x == 3, "x should be three"
print("ok 2")
try:
    assert x < 0
except AssertionError as e:
    print("caught", repr(e), e.args)
assert x > 5
print("never printed")
