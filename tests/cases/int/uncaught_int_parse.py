# Uncaught ValueError from int() parsing
data = ["12", "7", "-3", "4x", "9"]
total = 0
for item in data:
    total += int(item)
    print("running total", total)
