# Seed: "Common Mistakes to Avoid / 1. Confusing identity and equality"
# Wrong assumption
x = [1, 2, 3]
y = [1, 2, 3]
try:
    assert x is y  # Fails!
except AssertionError:
    print("assert x is y failed")

# Correct
assert x == y  # True
print("assert x == y passed")
