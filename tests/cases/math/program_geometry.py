# Program-like: geometry calculations with the math module
import math
def polygon_area(pts):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
def perimeter(pts):
    return sum(math.dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1]))
def regular(n, r=1.0):
    return [(r * math.cos(2 * math.pi * k / n), r * math.sin(2 * math.pi * k / n)) for k in range(n)]
for n in [3, 4, 6, 12, 100, 1000]:
    pts = regular(n)
    print(n, repr(polygon_area(pts)), repr(perimeter(pts)), repr(math.pi - polygon_area(pts)))
tri = [(0, 0), (4, 0), (0, 3)]
a, b, c = (math.dist(p, q) for p, q in [(tri[0], tri[1]), (tri[1], tri[2]), (tri[2], tri[0])])
s = (a + b + c) / 2
heron = math.sqrt(s * (s - a) * (s - b) * (s - c))
print('sides', a, b, c, 'heron', repr(heron), 'shoelace', polygon_area(tri))
angles = [math.degrees(math.acos((y * y + z * z - x * x) / (2 * y * z))) for x, y, z in [(a, b, c), (b, c, a), (c, a, b)]]
print('angles', [round(t, 10) for t in angles], round(sum(angles), 10))
def haversine(lat1, lon1, lat2, lon2, r=6371.0):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))
print('London-Paris km', round(haversine(51.5074, -0.1278, 48.8566, 2.3522), 3))
print('NY-Tokyo km', round(haversine(40.7128, -74.0060, 35.6762, 139.6503), 3))
def rotate(p, deg):
    t = math.radians(deg)
    return (round(p[0] * math.cos(t) - p[1] * math.sin(t), 12), round(p[0] * math.sin(t) + p[1] * math.cos(t), 12))
print([rotate((1, 0), d) for d in (0, 90, 180, 270, 45)])
v = (3.0, 4.0, 12.0)
norm = math.hypot(*v)
unit = tuple(x / norm for x in v)
print(norm, unit, repr(math.fsum(x * x for x in unit)))
print('sphere', repr(4 / 3 * math.pi * 2 ** 3), repr(4 * math.pi * 2 ** 2), 'cone', repr(math.pi * 3 ** 2 * 5 / 3))
print('golden', repr((1 + math.sqrt(5)) / 2), repr(math.atan2(1, (1 + math.sqrt(5)) / 2)))
