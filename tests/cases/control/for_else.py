def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
for c in "ab":
    pass
else:
    print("done", c)
for i in range(3):
    continue
else:
    print("continue does not skip else", i)
