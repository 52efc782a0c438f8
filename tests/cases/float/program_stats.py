# Program-like: descriptive statistics over float data
data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.25, 6.0, 4.4, 0.05, 8.125]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
sd = var ** 0.5
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print("n", n)
print("sum", repr(sum(data)))
print("mean", repr(mean))
print("var", repr(var))
print("sd", repr(sd))
print("median", median, "min", s[0], "max", s[-1], "range", s[-1] - s[0])
print("rounded", round(mean, 3), round(sd, 2), f"{mean:.4f}", f"{sd:10.3e}")
z = [round((x - mean) / sd, 3) for x in data]
print(z)
print("outliers", [x for x, zz in zip(data, z) if abs(zz) > 1.5])
# linear regression of y on x
xs = list(range(1, 11))
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0, 20.2]
mx = sum(xs) / len(xs)
my = sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
intercept = my - slope * mx
print("slope", repr(slope), "intercept", repr(intercept))
print("predict 15:", round(slope * 15 + intercept, 6))
# compound interest, monthly
balance = 1000.0
for month in range(120):
    balance *= 1 + 0.05 / 12
print("balance", repr(balance), f"{balance:,.2f}")
# harmonic numbers
h = 0.0
for k in range(1, 1001):
    h += 1 / k
print("H1000", repr(h))
