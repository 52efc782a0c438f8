# Uncaught float overflow from ** (multiplication just gives inf)
values = [10.0, 100.0, 1e100, 1e150]
for v in values:
    print(v, v ** 2, v * v)
big = 1e200
print(big * big, big * big == float('inf'))
print(-big * big, big * -big * 0)
print(2.0 ** 1023, 2.0 ** -1075, (-2.0) ** 1023)
try:
    2.0 ** 1024
except OverflowError as e:
    print("caught:", e.args)
print(big ** 2)
