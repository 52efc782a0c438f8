# Uncaught float overflow
values = [10.0, 100.0, 1e100]
for v in values:
    print(v, v ** 2)
print(1e200 ** 2)
