# Uncaught AssertionError with a message
def check(xs):
    assert isinstance(xs, list), "expected a list"
    assert all(x >= 0 for x in xs), f"negative value in {xs}"
    return sum(xs)

print(check([1, 2]))
print(check([]))
print(check([0, 0, 7]))
print(check([1, -2]))
print("never printed")
