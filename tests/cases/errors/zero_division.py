# Uncaught ZeroDivisionError inside nested calls
def ratio(a, b):
    return a / b

def report(pairs):
    for a, b in pairs:
        print(a, b, ratio(a, b))

report([(1, 2), (3, 4), (-9, 3), (2.5, 0.5)])
report([(5, 0), (7, 8)])
print("never printed")
