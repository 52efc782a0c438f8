# Comparisons involving floats, inf and nan
import math
nan = float('nan')
inf = math.inf
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
x = float('nan')
y = float('nan')
print([x] == [y], x in [y], math.isnan(x))
print(inf > 1e308, -inf < -1e308, inf == inf, inf - 1 == inf, inf > 10 ** 1000, -inf < -(10 ** 1000))
print(math.inf == float('inf'), math.inf is math.inf, -math.inf == float('-inf'))
print(0.0 == -0.0, 0.0 < -0.0, math.copysign(1, -0.0), math.copysign(1, 0.0))
print(1.0 < 2, 2.5 > 2, 3.0 == 3, 3.0 != 3, -1.5 <= -1.5, 0.1 + 0.2 > 0.3)
print(sorted([3.5, -inf, 0.0, inf, -2.0, 1e-300, -0.0]))
print(max(1.0, 2.0, -inf), min(1.0, inf), max([0.0, -0.0]), min([-0.0, 0.0]))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(sorted([2.0, 1.0, nan, 0.5])[:1] is not None)
print(1.0 in {1, 2}, hash(1.0) == hash(1), {1.0: 'a', 1: 'b'})
print(abs(-inf), -inf + inf, inf * -1, math.isinf(-inf), math.isfinite(1e308))
