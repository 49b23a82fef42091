# raytrace: a small ray tracer with vector, ray, sphere, plane and light objects; operator
# methods on instances, attribute access and float math. The checksum hashes the
# quantised pixel colours.
# bench: quick=12 full=220
import math
import sys

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0.0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        if t < EPSILON:
            return None
        return t

    def normal_at(self, p):
        return self.normal


class Material:
    def __init__(self, colour, reflect, checker):
        self.colour = colour
        self.reflect = reflect
        self.checker = checker

    def colour_at(self, p):
        if self.checker:
            if (int(math.floor(p.x)) + int(math.floor(p.z))) % 2 == 0:
                return self.colour
            return Vector(0.1, 0.1, 0.1)
        return self.colour


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def add(self, shape, material):
        self.objects.append((shape, material))

    def nearest_hit(self, ray):
        best = None
        best_t = 1e30
        for (shape, material) in self.objects:
            t = shape.intersect(ray)
            if t is not None and t > EPSILON and t < best_t:
                best_t = t
                best = (shape, material)
        if best is None:
            return None
        return best[0], best[1], best_t

    def trace(self, ray, depth):
        hit = self.nearest_hit(ray)
        if hit is None:
            return Vector(0.2, 0.3, 0.5)
        shape, material, t = hit
        p = ray.point_at(t)
        normal = shape.normal_at(p)
        base = material.colour_at(p)
        lambert = 0.1
        for light in self.lights:
            to_light = (light - p).normalized()
            shadow = self.nearest_hit(Ray(p + normal.scale(EPSILON * 10), to_light))
            if shadow is None:
                c = to_light.dot(normal)
                if c > 0.0:
                    lambert += c
        if lambert > 1.0:
            lambert = 1.0
        colour = base.scale(lambert * (1.0 - material.reflect))
        if depth < 3 and material.reflect > 0.0:
            r = Ray(p + normal.scale(EPSILON * 10), ray.direction.reflect_through(normal))
            colour = colour + self.trace(r, depth + 1).scale(material.reflect)
        return colour


def build_scene():
    s = Scene()
    s.add(Sphere(Vector(0.0, 1.0, 5.0), 1.0), Material(Vector(0.9, 0.2, 0.2), 0.3, False))
    s.add(Sphere(Vector(-2.0, 0.7, 6.0), 0.7), Material(Vector(0.2, 0.9, 0.2), 0.5, False))
    s.add(Sphere(Vector(2.0, 0.5, 4.0), 0.5), Material(Vector(0.2, 0.2, 0.9), 0.1, False))
    s.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0)), Material(Vector(0.9, 0.9, 0.9), 0.2, True))
    s.lights.append(Vector(-5.0, 8.0, -3.0))
    s.lights.append(Vector(4.0, 6.0, 0.0))
    return s


def render(scene, width, height):
    eye = Vector(0.0, 1.5, -3.0)
    h = 0
    for y in range(height):
        for x in range(width):
            dx = (x - width / 2.0) / width
            dy = (height / 2.0 - y) / height
            ray = Ray(eye, Vector(dx, dy, 1.0))
            c = scene.trace(ray, 0)
            r = int(min(c.x, 1.0) * 255)
            g = int(min(c.y, 1.0) * 255)
            b = int(min(c.z, 1.0) * 255)
            h = (h * 65599 + r * 65536 + g * 256 + b) % 4294967291
    return h


def main(size):
    scene = build_scene()
    print("raytrace", size, "x", size)
    print("checksum", render(scene, size, size))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
