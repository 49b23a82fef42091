import math

BODIES = [
    (0.0, 0.0, 1.0),
    (1.0, 0.5, 0.001),
]

def energy(bodies):
    e = 0.0
    for i, (x1, y1, m1) in enumerate(bodies):
        for (x2, y2, m2) in bodies[i + 1:]:
            dx, dy = x1 - x2, y1 - y2
            e -= m1 * m2 / math.sqrt(dx * dx + dy * dy)
    return e

print('%.9f' % energy(BODIES))
