# Seed: "Best Practices / 1. Understand Object Identity"
# Use 'is' for identity, '==' for equality
x = [1, 2, 3]
y = [1, 2, 3]

print(x == y)  # True (same values)
print(x is y)   # False (different objects)
