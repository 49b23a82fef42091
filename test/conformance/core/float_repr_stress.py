# repr and formats of many pseudo-random floats across magnitudes (a fixed LCG).
import math
state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def scale(e):
    # 10.0 ** e by repeated multiplication/division: only correctly rounded IEEE operations,
    # so the values do not depend on the C library's pow() (float_pow_values.py covers pow).
    r = 1.0
    for _ in range(abs(e)):
        r = r * 10.0 if e > 0 else r / 10.0
    return r
vals = []
for i in range(120):
    mant = (rnd() >> 11) / 2 ** 53
    exp = (rnd() % 120) - 60
    sign = -1 if rnd() % 4 == 0 else 1
    vals.append(sign * mant * scale(exp))
for v in vals[:60]:
    print(repr(v), str(v), '%.3g' % v, '%e' % v, format(v, '.5f'), f'{v:.2%}')
print(all(float(repr(v)) == v for v in vals))
print(sum(vals), math.fsum(vals), max(vals), min(vals))
print([round(v, 3) for v in vals[60:80]])
