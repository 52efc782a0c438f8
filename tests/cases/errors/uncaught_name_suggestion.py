# Uncaught NameError with a "Did you mean" suggestion (locals, then globals, then builtins)
total_count = 3
def report(items):
    running_total = 0
    for item in items:
        running_total += item
    try:
        print(runing_total)
    except NameError as e:
        print("caught:", e)
    return running_total + total_cont
print(len([1, 2]), sum([1, 2]))
try:
    lenn([1])
except NameError as e:
    print("caught:", e)
print(report([1, 2, 3]))
