# re.RegexFlag's complement and repr as CPython 3.11's IntFlag (KEEP boundary): ~ of a value with
# bits past the flags complements within its own bit length; only unknown bits: re.RegexFlag(N)
# (test_re test_flags_repr).
import re
for x in [re.I, re.I | re.S | re.X, re.I | re.S | re.X | (1 << 20), ~re.I, ~(re.I | re.S | re.X), ~(re.I | re.S | re.X | (1 << 20)),
          re.I | (1 << 20), ~re.NOFLAG, re.I ^ re.I, re.I & 1 << 20, ~(re.I | (1 << 40)), ~~re.M, ~RegexFlag(511) if False else ~re.RegexFlag(511)]:
    print(repr(x), int(x), type(x).__name__)
for v in (0, 1, 255, 256, 510, 511, 512, 513, 1023, 1024, 2 ** 20, 2 ** 20 + 511, 2 ** 63):
    print(v, repr(~re.RegexFlag(v)))
for v in [re.I, re.RegexFlag(1024), re.I | 1024, re.NOFLAG, ~re.I]:
    print(str(v), format(v), '%s' % v, repr(v))
