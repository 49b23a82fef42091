# mandelbrot: escape-time iteration over a grid of complex points, with plain floats;
# the checksum is the number of points in the set and the sum of the escape times.
# bench: quick=32 full=680
import sys


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def main(size):
    limit = 50
    inside = 0
    total = 0
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        bits = 0
        for x in range(size):
            cr = 3.0 * x / size - 2.0
            k = escape_time(cr, ci, limit)
            total += k
            bits = (bits * 2 + (1 if k == limit else 0)) % 1000003
            if k == limit:
                inside += 1
        rows.append(bits)
    h = 0
    for b in rows:
        h = (h * 31 + b) % 1000000007
    print("mandelbrot", size, "inside", inside)
    print("checksum", total, h)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 32)
