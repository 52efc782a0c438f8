# Uncaught integer division by zero exits with status 1
def average(values):
    return sum(values) // len(values)

def spread(values):
    return max(values) - min(values) if values else 0

groups = [[1, 2, 3], [10, 20], [7], [-5, 5, 100], []]
for g in groups:
    print("group", g, "spread", spread(g))
    print("  average", average(g))
print("not reached")
