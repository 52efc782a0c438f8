# math constants
import math
print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan), repr(-math.inf))
print(math.tau == 2 * math.pi, math.isnan(math.nan), math.inf > 1e308, type(math.pi).__name__)
print(f'{math.pi:.15f} {math.e:.10e} {math.tau:g}', round(math.pi, 4), str(math.e)[:6])
print(math.nan == math.nan, math.nan is math.nan, math.inf == float('inf'), -math.inf < -1e308)
print(repr(math.pi * 2), repr(math.pi / 2), repr(math.e ** 2), repr(math.pi ** 2), repr(1 / math.pi))
