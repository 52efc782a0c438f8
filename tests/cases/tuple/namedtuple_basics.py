# collections.namedtuple behaves like a tuple with named fields
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (3, 4), p == Point(3, 4), p < Point(3, 5), hash(p) == hash((3, 4)), isinstance(p, tuple))
x, y = p
print(x + y, p._fields, p._asdict(), p._replace(x=10), Point._make([7, 8]), p)
Color = namedtuple('Color', 'red green blue', defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color(red=5, green=6))
points = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(points), max(points, key=lambda q: q.y), sum(q.x for q in points), {q: q.x * q.y for q in points})
print(Point.__name__, type(p).__name__, p.count(3), p.index(4), p + (5,), p * 2, repr(Point(-1, 0.5)))
Rec = namedtuple('Rec', 'name, score')
recs = [Rec('ann', 9), Rec('bob', 7)]
print(recs, [r.name for r in recs], dict(recs), Rec(*('cy', 8)), Rec(**{'name': 'dee', 'score': 6}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: setattr(p, 'x', 5))
t(lambda: p.z)
t(lambda: p._replace(z=1))
t(lambda: namedtuple('Bad', ['a', 'a']))
t(lambda: namedtuple('Bad', ['class']))
t(lambda: Point(1, 2)[2])
