# Seed: "Name Binding and Scopes / Names are References"
# Names are references to objects
x = [1, 2, 3]  # x references a list object
y = x          # y references the same object
y.append(4)
print(x)  # [1, 2, 3, 4] - both reference same object
