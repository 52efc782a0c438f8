"""A small ray tracer: a Vector class with operator overloading (__add__,
__sub__, __mul__, __rmul__, __neg__, __truediv__), sphere and plane objects
with polymorphic intersect/normal methods, diffuse and specular shading,
shadows and one level of reflection.

Size parameter: number of frames rendered (work is linear in it); each frame
is a WIDTH x HEIGHT image seen from a slightly moved camera. Per-iteration
timings (one frame) go to stderr when HERON_BENCH_ITER_TIMES=1.
"""
import math
import sys
import time

WIDTH = 48
HEIGHT = 36
EPSILON = 1e-6
MAX_DEPTH = 2


def iter_times_enabled():
    try:
        import os
    except ImportError:
        return False
    return os.environ.get("HERON_BENCH_ITER_TIMES") == "1"


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self / self.length()

    def cross(self, other):
        return Vector(
            self.y * other.z - self.z * other.y,
            self.z * other.x - self.x * other.z,
            self.x * other.y - self.y * other.x,
        )

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, specular, reflect):
        Material.__init__(self, color, diffuse, specular, reflect)
        self.other = other

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        red = Material(Vector(0.9, 0.2, 0.2), 0.8, 0.4, 0.2)
        green = Material(Vector(0.2, 0.8, 0.3), 0.7, 0.6, 0.3)
        mirror = Material(Vector(0.9, 0.9, 0.9), 0.2, 0.9, 0.7)
        floor = Checker(Vector(1.0, 1.0, 1.0), Vector(0.1, 0.1, 0.1), 0.9, 0.1, 0.25)
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, red),
            Sphere(Vector(-2.2, 0.7, 6.5), 0.7, green),
            Sphere(Vector(2.0, 1.2, 7.0), 1.2, mirror),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
        ]
        self.lights = [Vector(-5.0, 8.0, -2.0), Vector(6.0, 5.0, 1.0)]
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.6, 0.7, 1.0) * k + Vector(1.0, 1.0, 1.0) * (1.0 - k) * 0.3
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            offset = light - point
            distance = offset.length()
            to_light = offset / distance
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, distance):
                continue
            color = color + base * (lambert * material.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                color = color + Vector(1.0, 1.0, 1.0) * (material.specular * spec ** 20)
        if depth < MAX_DEPTH and material.reflect > 0.0:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            color = color + self.trace(Ray(point, reflected), depth + 1) * material.reflect
        return color


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def render(scene, eye, target):
    forward = (target - eye).normalized()
    right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
    up = right.cross(forward)
    aspect = WIDTH / HEIGHT
    digest = 0
    for j in range(HEIGHT):
        py = 1.0 - 2.0 * (j + 0.5) / HEIGHT
        for i in range(WIDTH):
            px = (2.0 * (i + 0.5) / WIDTH - 1.0) * aspect
            direction = (forward + right * (px * 0.6) + up * (py * 0.6)).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            pixel = (to_byte(c.x) << 16) | (to_byte(c.y) << 8) | to_byte(c.z)
            digest = (digest * 1000003 ^ pixel) & 0xFFFFFFFFFFFF
    return digest


def main():
    frames = int(sys.argv[1]) if len(sys.argv) > 1 else 48
    report = iter_times_enabled()
    scene = Scene()
    target = Vector(0.0, 1.0, 6.0)
    combined = 0
    for f in range(frames):
        t0 = time.perf_counter()
        angle = 0.05 * (f % 16)
        eye = Vector(3.0 * math.sin(angle), 2.0, 6.0 - 6.0 * math.cos(angle))
        digest = render(scene, eye, target)
        combined = (combined * 31 + digest) % 1000000007
        if report:
            print(f"iter-time: {time.perf_counter() - t0:.6f}", file=sys.stderr)
        if f == 0:
            print(f"frame 0 digest={digest:012x}")
    print(f"checksum: raytrace frames={frames} size={WIDTH}x{HEIGHT} combined={combined}")


main()
