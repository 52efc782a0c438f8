assert True
assert 1 == 1, "never shown"
x = [1]
assert x, "x is empty"
try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("message:", e, e.args)
try:
    assert False, {"k": [1, 2]}
except AssertionError as e:
    print("object message:", e.args[0])
print("done")
