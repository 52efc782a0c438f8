# Float floor division and modulo with negatives
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1.0, 0.1), (0.0, 3.0),
         (-0.0, 3.0), (0.0, -3.0), (5.0, 0.5), (1e10, 3.0), (-1e-10, 3.0), (3.0, 1e300),
         (-3.0, 1e300), (2.0, float('inf')), (-2.0, float('inf')), (float('inf'), 2.0)]
for a, b in pairs:
    print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b))
print(-7 // 2.0, -7 % 2.0, 7.0 // -2, 7.0 % -2)
print(6.0 % 3.0, -6.0 % 3.0, 6.0 % -3.0, -6.0 % -3.0)
print(0.3 % 0.1, 0.3 // 0.1, 1.0 % 0.3, 10.0 % 3.3)
print(5 % 1.5, -5 % 1.5, 5 // 1.5, -5 // 1.5)
print(float('nan') // 1, float('nan') % 1, 1 % float('nan'))
