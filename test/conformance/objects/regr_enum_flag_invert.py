# ~ of Flag and IntFlag members by the class's boundary, as CPython 3.11.7 (session 20 C):
# STRICT and CONFORM invert the members' single bits, EJECT and KEEP every bit; a Flag mixed
# with int by hand takes Flag's operators, not int's.
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP

class MixedIntFlag(int, Flag):
    pass


for base in (Flag, IntFlag, MixedIntFlag):
    for boundary in (STRICT, CONFORM, EJECT, KEEP):
        class AB(base, boundary=boundary):
            A = 1
            B = 2
            MASK = 3

        class Open(base, boundary=boundary):
            A = 1
            B = 2
            MASK = 255

        class XYZ(base, boundary=boundary):
            X = 4
            Y = 2
            Z = 1

        out = []
        for e in (~AB.A, ~AB.B, ~(AB.A | AB.B), ~AB.MASK, ~AB(0), ~XYZ.X, ~(XYZ.X | XYZ.Y), ~XYZ(0)):
            out.append(repr(e))
        for f in (lambda: ~Open.A, lambda: ~(Open.A | Open.B), lambda: ~Open.MASK, lambda: ~Open(0)):
            try:
                out.append(repr(f()))
            except ValueError as e:
                out.append('ValueError')
        print(base.__name__, boundary.name, ' '.join(out))
        print('  ', ~AB.A is AB.B, ~~AB.A is AB.A, ~XYZ.X == XYZ.Y | XYZ.Z)
