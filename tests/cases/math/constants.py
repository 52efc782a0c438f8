# math constants
import math
print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan), repr(-math.inf))
print(math.tau == 2 * math.pi, math.isnan(math.nan), math.inf > 1e308, type(math.pi).__name__)
print(f'{math.pi:.15f} {math.e:.10e} {math.tau:g}', round(math.pi, 4), str(math.e)[:6])
print(math.nan == math.nan, math.nan is math.nan, math.inf == float('inf'), -math.inf < -1e308)
print(repr(math.pi * 2), repr(math.pi / 2), repr(math.e ** 2), repr(math.pi ** 2), repr(1 / math.pi))
print(repr(math.pi / 180), repr(180 / math.pi), repr(math.sqrt(math.pi)), repr(math.e ** math.pi), repr(math.pi ** math.e))
print(math.inf - math.inf, math.inf * 0, math.inf / math.inf, -math.inf + 1e308, math.inf // 1, math.nan + 1)
print(math.floor(math.pi), math.ceil(math.e), math.trunc(-math.tau), int(math.pi * 1e15))
print(math.pi.as_integer_ratio(), math.e.hex(), math.tau.is_integer(), float.fromhex(math.pi.hex()) == math.pi)
print(sorted([math.e, math.pi, math.tau, 3, -math.inf, math.inf]))
