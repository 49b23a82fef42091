# pickle (CPython's, on PYTHONPATH) of library objects pyvm implements natively: each type's
# __reduce__ (deque, defaultdict, OrderedDict, Counter, Fraction, range, slice), exceptions, and
# protocol 5's out-of-band reads through io.BytesIO.readinto.
import pickle, copy, collections, fractions, datetime, decimal, enum
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict
Pt = namedtuple('Pt', 'x y')
class Color(enum.Enum):
    RED = 1
vals = [Pt(1, 2), deque([1, 2], maxlen=5), Counter('abca'), defaultdict(list, a=[1]), OrderedDict(a=1),
        fractions.Fraction(1, 3), datetime.date(2020, 1, 2), datetime.timedelta(3), decimal.Decimal('1.5'),
        Color.RED, {1, 2}, frozenset([3]), (1, 'a'), b'xy', bytearray(b'z'), 3.5, 10**30, complex(1, 2), range(3), slice(1, 2),
        ValueError('z'), ImportError('q', name='nn'), OSError(2, 'nf', 'f'), KeyError('k')]
for v in vals:
    for proto in (0, 2, 5):
        try:
            r = pickle.loads(pickle.dumps(v, proto))
            print(proto, repr(r), r == v if not isinstance(v, BaseException) else repr(r) == repr(v))
        except Exception as e:
            print(proto, type(v).__name__, 'ERR', type(e).__name__, e)

