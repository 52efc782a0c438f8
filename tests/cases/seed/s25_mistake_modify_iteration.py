# Seed: "Common Mistakes to Avoid / 3. Modifying during iteration"
# Dangerous
items = [1, 2, 3]
for item in items:
    items.remove(item)  # Can cause issues
print(items)
