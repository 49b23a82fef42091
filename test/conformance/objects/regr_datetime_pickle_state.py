# datetime's pickled state as CPython's (test_datetime test_compat_unpickle, test_backdoor_resistance,
# test_pickle_fold): date/time/datetime reduce to a bytes state (the fold in a high bit from protocol
# 4 on) and their constructors take it back, bytes or a latin-1 str; argument errors in C's order.
import copyreg, copy
from datetime import *
def reduce(obj, proto):
    return obj.__reduce_ex__(proto)
objs = [date(2015, 11, 27), datetime(2015, 11, 27, 20, 59, 1, 64**2), time(20, 59, 16, 64**2),
        datetime(2015, 11, 1, 1, 30, fold=1), time(1, 30, fold=1), time(5, tzinfo=timezone.utc),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-5), 'EST')), datetime.max, date.max, time.max]
for o in objs:
    for proto in (2, 4):
        f, args = reduce(o, proto)
        back = f(*args)
        print(repr(o), proto, args, repr(back), back == o, back.fold if hasattr(back, 'fold') else '')
print(date(2015, 11, 27).__reduce__())
print(date(b'\x07\xdf\x0b\x1b'), date('\x07\xdf\x0b\x1b'))
print(repr(datetime(b'\x07\xdf\x0b\x1b\x14;\x01\x00\x10\x00')), repr(datetime('\x07\xdf\x0b\x1b\x14;\x01\x00\x10\x00', timezone.utc)))
print(repr(time(b'\x14;\x10\x00\x10\x00')), repr(time('\x94;\x10\x00\x10\x00', timezone.utc)), time('\x94;\x10\x00\x10\x00').fold)
for cls, base in ((date, b'1995'), (datetime, b'1995-03-25')):
    for month_byte in b'9', b'\0', b'\r', b'\xff':
        try:
            cls(base[:2] + month_byte + base[3:])
        except TypeError as e:
            print('TypeError', e)
for cls, n in ((datetime, 10), (time, 6)):
    try:
        cls(bytes([1] * n), 'EST')
    except TypeError as e:
        print('TypeError', e)
for hour_byte in ' ', '9', chr(24), '\xff':
    try:
        time(hour_byte + ':59.0')
    except TypeError as e:
        print('TypeError', e)
try:
    date('\u1234\x07\x0b\x1b')
except ValueError as e:
    print('ValueError', e)
print(time(), time(1), time(1, 2), repr(time(minute=3)))
class D(datetime):
    pass
d = D(2000, 1, 2, 3, fold=1)
f, a = d.__reduce_ex__(4)
print(f is D, repr(f(*a)), f(*a).fold, copy.copy(d) == d, type(copy.deepcopy(d)).__name__)
for a in [(b'x',), (1.5,), (2000, 'x'), (2000, 1), ()]:
    try:
        date(*a)
    except TypeError as e:
        print(e)
