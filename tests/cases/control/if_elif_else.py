def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 10, 99):
    print(v, classify(v))
if []:
    print("empty list is true?")
else:
    print("empty list is false")
if "x" and 0:
    print("no")
elif None or "":
    print("no")
else:
    print("fallthrough")
x = 5
if x:
    if x > 3:
        print("nested")
