# Uncaught AttributeError on None returned from a function
def find(items, target):
    for item in items:
        if item.startswith(target):
            return item

fruits = ["apple", "banana", "cherry"]
for prefix in ["ban", "ch", "a"]:
    found = find(fruits, prefix)
    print(prefix, "->", found, found is None)
print(find(fruits, "ban").upper())
print(find(fruits, "kiwi"))
print(find(fruits, "kiwi").upper())
