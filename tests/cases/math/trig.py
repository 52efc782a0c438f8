# Trigonometric functions; printing reprs to catch last-digit differences
import math
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 2.0, 10.0, 1e-10, 100.0]:
    print(repr(x), repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0, 0.1, -0.9999]:
    print(repr(x), repr(math.asin(x)), repr(math.acos(x)), repr(math.atan(x)))
print(repr(math.atan(math.inf)), repr(math.atan(-math.inf)), repr(math.atan(1e300)))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (-0.0, -1), (0, 0), (0.0, -0.0), (1, 0), (-1, 0), (math.inf, math.inf), (3, 4)]:
    print(y, x, repr(math.atan2(y, x)))
for d in [0, 30, 45, 90, 180, 270, 360, -45, 1]:
    print(d, repr(math.radians(d)), repr(math.degrees(math.radians(d))))
print(repr(math.degrees(1)), repr(math.degrees(math.pi)), repr(math.radians(57.29577951308232)))
print(repr(math.hypot(3, 4)), repr(math.hypot()), repr(math.hypot(-5)), repr(math.hypot(1, 2, 3, 4)), repr(math.hypot(1e200, 1e200)), repr(math.hypot(math.inf, math.nan)))
print(repr(math.dist((0, 0), (3, 4))), repr(math.dist([1, 2, 3], [4, 6, 8])), repr(math.dist((1.5,), (-2.5,))), repr(math.dist((), ())))
print(repr(math.sin(1e22)), repr(math.cos(1e22)), repr(math.sin(-0.0)), repr(math.tan(-0.0)))
