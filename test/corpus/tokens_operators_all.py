a = b + c - d * e / f // g % h ** i @ j
a = b << c >> d & e | f ^ g
a = ~b
a = b < c > d <= e >= f == g != h
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a @= 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
def f() -> int: ...
(b := 1)
