// The datetime module, as Python source run by pyvm itself (see python_source.ts): timedelta,
// date, time, datetime, tzinfo, timezone (and UTC), with CPython 3.11's results, reprs, str,
// error types and messages: exact timedelta arithmetic (float arguments and products through
// as_integer_ratio, rounded half to even), ordinal <-> (year, month, day), the ISO calendar
// (isocalendar is the IsoCalendarDate named tuple), fromisoformat with 3.11's extended forms
// (basic and week dates, any single date-time separator, 'Z' and +HH[:MM[:SS[.f]]] offsets),
// isoformat with timespec, strftime (the glibc directives, including %z %Z %f and the '-'
// flag), strptime (a regular expression per format, through pyvm's re, with CPython's
// ValueError messages), aware arithmetic and comparisons (naive vs aware: CPython's
// TypeError; == is False).
//
// Its frames are hidden in tracebacks (CPython's datetime is C). Local time is the host's
// zone as JS Date sees it: time.localtime/gmtime give the offset at a POSIX time, and
// _pyvm_datetime.tzname its abbreviation from the zone's TZif file (TZ, else /etc/localtime), as glibc's
// tm_zone.
//
// Differences from CPython: the datetime types are Python classes here, so an operator error
// raised by the VM itself (an unsupported operand with an object of a class defined in
// Python on the other side) names them 'timedelta' rather than 'datetime.timedelta'; the
// module raises the CPython message itself when the other operand is a built-in type.
// timetuple() is a time.struct_time made here while pyvm's time module has none.
//
// The source is pyvm's own, written from the documented behaviour
// (docs.python.org/3.11/library/datetime), not taken from CPython's Lib/datetime.py.

import * as fs from 'fs';
import { definePythonModule } from './python_source';
import { defineModule } from './module_util';
import { asDouble } from '../lib_args';

// The host zone's time zone abbreviations (CPython takes them from tm_zone, which glibc reads
// from the zone's TZif file): the file named by TZ, else /etc/localtime.
interface Zone { times: number[]; idx: number[]; offs: number[]; abbrs: string[] }
let zone: Zone | null | undefined;

function readZone(): Zone | null {
  const tz = process.env.TZ;
  let file = '/etc/localtime';
  if (tz !== undefined && tz !== '') {
    const n = tz.startsWith(':') ? tz.slice(1) : tz;
    file = n.startsWith('/') ? n : `/usr/share/zoneinfo/${n}`;
  }
  let b: Buffer;
  try {
    b = fs.readFileSync(file);
  } catch {
    return null;
  }
  if (b.length < 44 || b.toString('latin1', 0, 4) !== 'TZif') return null;
  const counts = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((i) => b.readUInt32BE(at + 20 + i * 4));
  let at = 0;
  let [isutc, isstd, leap, timecnt, typecnt, charcnt] = counts(0);
  let tsize = 4;
  if (b[4] >= 0x32) {
    // version 2+: skip the 32-bit block, read the 64-bit one
    at = 44 + timecnt * 4 + timecnt + typecnt * 6 + charcnt + leap * 8 + isstd + isutc;
    if (b.length < at + 44 || b.toString('latin1', at, at + 4) !== 'TZif') return null;
    [isutc, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
    tsize = 8;
  }
  let p = at + 44;
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++, p += tsize) times.push(tsize === 8 ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p));
  const idx: number[] = [];
  for (let i = 0; i < timecnt; i++, p++) idx.push(b[p]);
  const offs: number[] = [];
  const abbrInd: number[] = [];
  for (let i = 0; i < typecnt; i++, p += 6) {
    offs.push(b.readInt32BE(p));
    abbrInd.push(b[p + 5]);
  }
  const chars = b.toString('latin1', p, p + charcnt);
  const abbrs = abbrInd.map((k) => {
    const e = chars.indexOf('\0', k);
    return chars.slice(k, e < 0 ? undefined : e);
  });
  return { times, idx, offs, abbrs };
}

/** The abbreviation of the host zone at POSIX time t whose UTC offset is off seconds ('' if unknown). */
function zoneName(t: number, off: number): string {
  if (zone === undefined) zone = readZone();
  const z = zone;
  if (z === null || z.offs.length === 0) return '';
  let lo = 0;
  let hi = z.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (z.times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  if (i >= 0 && i < z.times.length - 1 && z.offs[z.idx[i]] === off) return z.abbrs[z.idx[i]];
  // after the last transition (the footer rule) or before the first: the latest type with
  // this offset
  for (let k = Math.min(i, z.times.length - 1); k >= 0; k--) if (z.offs[z.idx[k]] === off) return z.abbrs[z.idx[k]];
  for (let k = 0; k < z.offs.length; k++) if (z.offs[k] === off) return z.abbrs[k];
  return '';
}

defineModule('_pyvm_datetime', (m) => {
  m.fn('tzname', (args) => zoneName(asDouble(args[0]), asDouble(args[1])), { minArgs: 2, maxArgs: 2 });
});

export const DATETIME_SOURCE = `
"""Fast implementation of the datetime type."""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_US_PER_DAY = 86400000000
_INF = float('inf')

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = [0]
for _m in range(1, 13):
    _DBM.append(_DBM[-1] + _DIM[_m])
del _m
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULLDAYNAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULLMONTHNAMES = (None, "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    if m > 2 and _is_leap(y):
        return _DBM[m - 1] + 1
    return _DBM[m - 1]


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord2ymd(n):
    # Estimate the year from the mean length of the Gregorian year, then correct it.
    y = (n - 1) * 400 // 146097 + 1
    while _days_before_year(y + 1) < n:
        y += 1
    while _days_before_year(y) >= n:
        y -= 1
    doy = n - _days_before_year(y)
    m = (doy + 31) // 31
    if m > 12:
        m = 12
    while m > 1 and _days_before_month(y, m) >= doy:
        m -= 1
    while m < 12 and _days_before_month(y, m + 1) < doy:
        m += 1
    return y, m, doy - _days_before_month(y, m)


def _iso_week1_monday(y):
    jan4 = _ymd2ord(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _tn(x):
    # CPython's tp_name: the built-in types are plain, the datetime types are 'datetime.X',
    # a class defined in Python is its __name__.
    t = type(x)
    if t in _OWN_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


def _is_foreign(x):
    t = type(x)
    return t.__module__ != 'builtins' and not isinstance(x, (timedelta, date, time, tzinfo))


def _binop_error(op, a, b):
    if _is_foreign(b):
        return NotImplemented
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _tn(a), _tn(b)))


def _rbinop_error(op, self, other):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _tn(other), _tn(self)))


def _cmp_error(op, a, b):
    if _is_foreign(b):
        return NotImplemented
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tn(a), _tn(b)))


def _divide_and_round(a, b):
    # a / b rounded to the nearest integer, ties to even
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


_MISSING = object()


def _check_date_fields(year, month, day):
    if month is _MISSING or day is _MISSING or year is _MISSING:
        # C's argument parsing: each given argument converted in order, up to the first missing
        for v, name, pos in ((year, 'year', 1), (month, 'month', 2), (day, 'day', 3)):
            if v is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
            _index(v)
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _dim(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _tn(tz))


def _pickle_state(state, size, what):
    """The bytes of a pickled state passed to a constructor (a str: Python 2 pickles loaded with
    encoding='latin1'), or None when state is not one of that size."""
    if isinstance(state, bytes):
        return state if len(state) == size else None
    if isinstance(state, str) and len(state) == size:
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed." % what) from None
    return None


def _state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')
    return tz


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, _tn(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tn(name))
    return name


def _format_offset(off, sep=':'):
    # +HH:MM[:SS[.ffffff]] of a timedelta
    if off is None:
        return ''
    us = off._to_us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    r = '%s%02d%s%02d' % (sign, h, sep, m)
    if s or us:
        r += '%s%02d' % (sep, s)
        if us:
            r += '.%06d' % us
    return r


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# ---- strftime ---------------------------------------------------------------------------------

def _strftime(fmt, y, mo, d, hh, mi, ss, us, obj):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _tn(fmt))
    out = []
    i = 0
    n = len(fmt)
    ordinal = _ymd2ord(y, mo, d)
    wd = (ordinal + 6) % 7  # Monday 0
    yday = ordinal - _ymd2ord(y, 1, 1) + 1
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        pad = True
        if c == '-' and i < n:
            pad = False
            c = fmt[i]
            i += 1
        if c == 'Y':
            out.append(str(y))
        elif c == 'y':
            out.append('%02d' % (y % 100) if pad else str(y % 100))
        elif c == 'C':
            out.append('%02d' % (y // 100))
        elif c == 'm':
            out.append('%02d' % mo if pad else str(mo))
        elif c == 'd':
            out.append('%02d' % d if pad else str(d))
        elif c == 'e':
            out.append('%2d' % d if pad else str(d))
        elif c == 'H':
            out.append('%02d' % hh if pad else str(hh))
        elif c == 'I' or c == 'l':
            h12 = hh % 12 or 12
            out.append(('%02d' if c == 'I' else '%2d') % h12 if pad else str(h12))
        elif c == 'k':
            out.append('%2d' % hh)
        elif c == 'M':
            out.append('%02d' % mi if pad else str(mi))
        elif c == 'S':
            out.append('%02d' % ss if pad else str(ss))
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'P':
            out.append('am' if hh < 12 else 'pm')
        elif c == 'a':
            out.append(_DAYNAMES[wd])
        elif c == 'A':
            out.append(_FULLDAYNAMES[wd])
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[mo])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[mo])
        elif c == 'j':
            out.append('%03d' % yday if pad else str(yday))
        elif c == 'w':
            out.append(str((wd + 1) % 7))
        elif c == 'u':
            out.append(str(wd + 1))
        elif c == 'U':
            out.append('%02d' % ((yday + 6 - (wd + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 6 - wd) // 7))
        elif c == 'G' or c == 'V' or c == 'g':
            iy, iw, _ = _isocal(y, mo, d)
            if c == 'G':
                out.append(str(iy))
            elif c == 'g':
                out.append('%02d' % (iy % 100))
            else:
                out.append('%02d' % iw)
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif c == 'x' or c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X' or c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif c == 'r':
            out.append('%02d:%02d:%02d %s' % (hh % 12 or 12, mi, ss, 'AM' if hh < 12 else 'PM'))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'n':
            out.append('\\n')
        elif c == 't':
            out.append('\\t')
        elif c == 's':
            out.append(str(max(_local_mktime(ordinal, hh, mi, ss, 0), _local_mktime(ordinal, hh, mi, ss, 1))))
        elif c == 'z':
            off = obj.utcoffset() if obj is not None else None
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = obj.tzname() if obj is not None else None
            # CPython calls name.replace('%', '%%') (a str it must return) for time.strftime,
            # which turns the '%%' back: the name as it is
            if name is not None:
                r = name.replace('%', '%%')
                if not isinstance(r, str):
                    raise TypeError('tzname.replace() did not return a string')
                out.append(r.replace('%%', '%'))
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c if pad else '%-' + c)
    return ''.join(out)


def _isocal(y, m, d):
    o = _ymd2ord(y, m, d)
    iy = y
    w1 = _iso_week1_monday(iy)
    if o < w1:
        iy -= 1
        w1 = _iso_week1_monday(iy)
    elif o >= _iso_week1_monday(iy + 1):
        iy += 1
        w1 = _iso_week1_monday(iy)
    week, day = divmod(o - w1, 7)
    return iy, week + 1, day + 1


# ---- struct_time ------------------------------------------------------------------------------

_STRUCT_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
                  'tm_isdst')
_struct_time = getattr(_time, 'struct_time', None)
if _struct_time is None:
    # time.struct_time for timetuple()/utctimetuple() while the time module has none
    class _struct_time(tuple):
        __slots__ = ()
        n_fields = 11
        n_sequence_fields = 9
        n_unnamed_fields = 0

        def __repr__(self):
            return 'time.struct_time(%s)' % ', '.join(
                '%s=%r' % (n, v) for n, v in zip(_STRUCT_FIELDS, self))

        def __reduce__(self):
            return (_struct_time, (tuple(self),))

        tm_zone = property(lambda self: None)
        tm_gmtoff = property(lambda self: None)

    for _i, _n in enumerate(_STRUCT_FIELDS):
        setattr(_struct_time, _n, property(lambda self, _i=_i: tuple.__getitem__(self, _i)))
    del _i, _n
    _struct_time.__name__ = _struct_time.__qualname__ = 'struct_time'
    _struct_time.__module__ = 'time'


# ---- local time -------------------------------------------------------------------------------

_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()


def _local_offset(t):
    # seconds east of UTC of the host's zone at POSIX time t (an int)
    lt = _time.localtime(t)
    gt = _time.gmtime(t)
    lo = (_ymd2ord(lt[0], lt[1], lt[2]) * 86400 + lt[3] * 3600 + lt[4] * 60 + lt[5])
    go = (_ymd2ord(gt[0], gt[1], gt[2]) * 86400 + gt[3] * 3600 + gt[4] * 60 + gt[5])
    return lo - go


def _local(u):
    # the local wall time of POSIX time u, as seconds on the same scale
    return u + _local_offset(u)


def _local_mktime(ordinal, hh, mi, ss, fold=0):
    # The POSIX time u whose local wall time is t (solving _local(u) == t from the offsets
    # around t). Of two solutions (a repeated hour) fold=0 picks the earlier, fold=1 the later;
    # a wall time in a gap has none: the offsets before and after it give two candidates,
    # fold=0 takes the later, fold=1 the earlier (CPython's choice).
    t = (ordinal - _EPOCH_ORD) * 86400 + hh * 3600 + mi * 60 + ss
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + 86400 if fold else u1 - 86400
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    if _local(u2) == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_fields(t):
    # (year, month, day, hour, minute, second) of POSIX time t in the host's zone
    s = t + _local_offset(t)
    days, s = divmod(s, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    hh, s = divmod(s, 3600)
    mi, ss = divmod(s, 60)
    return y, m, d, hh, mi, ss


def _split_timestamp(t):
    # (whole seconds, microseconds) of a timestamp, rounded half to even as CPython
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            us -= 1000000
            whole += 1
        elif us < 0:
            us += 1000000
            whole -= 1
        return whole, us
    return _index(t), 0


def _check_ts_range(s):
    if not -62135596800 <= s <= 253402300799 + 86400:
        raise OverflowError('timestamp out of range for platform time_t')


def _days_overflow(d):
    if not -2147483648 <= d <= 2147483647:
        raise OverflowError('Python int too large to convert to C int')
    raise OverflowError('days=%d; must have magnitude <= 999999999' % d)


# ---- timedelta --------------------------------------------------------------------------------

def _td_from_us(us):
    d, rem = divmod(us, _US_PER_DAY)
    s, us = divmod(rem, 1000000)
    if not -999999999 <= d <= 999999999:
        _days_overflow(d)
    self = object.__new__(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


def _c_round(x):
    """C's round(): to the nearest integer, halves away from zero (a float)."""
    a = abs(x)
    w = _math.floor(a)
    if a - w >= 0.5:
        w += 1
    return float(w) if x >= 0 else -float(w)


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # CPython's delta_new: components in this order; an int exactly, a float's integral part
        # exactly and its fractional part in float arithmetic (factor * fraction), whose
        # fractions are summed in a float and rounded once, half to even on the total.
        us = 0
        leftover = 0.0
        for value, factor, name in ((microseconds, 1, 'microseconds'), (milliseconds, 1000, 'milliseconds'),
                                    (seconds, 1000000, 'seconds'), (minutes, 60000000, 'minutes'),
                                    (hours, 3600000000, 'hours'), (days, _US_PER_DAY, 'days'),
                                    (weeks, 7 * _US_PER_DAY, 'weeks')):
            if isinstance(value, int):
                if value:
                    us += int(value) * factor
            elif isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                if value in (_INF, -_INF):
                    raise OverflowError('cannot convert float infinity to integer')
                frac, whole = _math.modf(value)
                us += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(float(factor) * frac)
                    us += int(whole)
                    leftover += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, _tn(value)))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = us & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            us += int(whole)
        d, rem = divmod(us, _US_PER_DAY)
        s, us = divmod(rem, 1000000)
        if not -999999999 <= d <= 999999999:
            _days_overflow(d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_prefix(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        if isinstance(other, (date, time)) or not _is_foreign(other):
            if isinstance(other, date):
                return NotImplemented
            return _binop_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return _rbinop_error('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        if isinstance(other, date):
            return NotImplemented
        return _binop_error('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._to_us() - self._to_us())
        return _rbinop_error('-', self, other)

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return _td_from_us(-self._to_us())
        return _td_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(self._to_us() * n, d))
        return _binop_error('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _rbinop_error('*', self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return _binop_error('//', self, other)

    def __rfloordiv__(self, other):
        return _rbinop_error('//', self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _td_from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(d * self._to_us(), n))
        return _binop_error('/', self, other)

    def __rtruediv__(self, other):
        return _rbinop_error('/', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return _binop_error('%', self, other)

    def __rmod__(self, other):
        return _rbinop_error('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return _binop_error('divmod()', self, other)

    def __rdivmod__(self, other):
        return _rbinop_error('divmod()', self, other)

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return _cmp_error('<', self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return _cmp_error('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return _cmp_error('>', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return _cmp_error('>=', self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._key())


def _type_prefix(obj):
    t = type(obj)
    if t in _OWN_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ---- date -------------------------------------------------------------------------------------

class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (self[0], self[1], self[2])


def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord2ymd(n)
    return _new_date(cls, y, m, d)


def _parse_isodate(s, pos=0, dt=False):
    # the date at s[pos:]: (y, m, d, end) or None. YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    # dt: a datetime's date, where a week date's day digit could be the time's separator: CPython's
    # _find_isoformat_datetime_separator decides (the digit run after YYYYWww: 1 digit or an odd
    # run end is a day; YYYY-Www-D followed by a digit is YYYY-Www and '-' the separator)
    def num(a, b):
        t = s[a:b]
        if len(t) != b - a or not t.isdigit() or not t.isascii():
            return None
        return int(t)
    y = num(pos, pos + 4)
    if y is None:
        return None
    p = pos + 4
    ext = s[p:p + 1] == '-'
    if ext:
        p += 1
    if s[p:p + 1] == 'W':
        p += 1
        w = num(p, p + 2)
        if w is None:
            return None
        p += 2
        wd = 1
        if ext:
            if s[p:p + 1] == '-' and not (dt and s[pos + 10:pos + 11].isdigit() and s[pos + 10:pos + 11].isascii()):
                wd = num(p + 1, p + 2)
                if wd is None:
                    return None
                p += 2
        else:
            t = s[p:p + 1]
            take = t.isdigit() and t.isascii()
            if take and dt:
                idx = p
                while s[idx:idx + 1].isdigit() and s[idx:idx + 1].isascii():
                    idx += 1
                n = idx - pos
                take = n == 8 if n < 9 else n % 2 == 1
            if take:
                wd = int(t)
                p += 1
        try:
            dd = date.fromisocalendar(y, w, wd)
        except ValueError:
            return None
        return dd._year, dd._month, dd._day, p
    m = num(p, p + 2)
    if m is None:
        return None
    p += 2
    if ext:
        if s[p:p + 1] != '-':
            return None
        p += 1
    d = num(p, p + 2)
    if d is None:
        return None
    return y, m, d, p + 2


def _parse_isotime(s):
    # HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]] then an optional offset: (h, m, s, us, tz) or None
    tzpos = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            tzpos = i
            break
    tz = None
    body = s
    if tzpos >= 0:
        body = s[:tzpos]
        tzs = s[tzpos:]
        if tzs == 'Z':
            tz = timezone.utc
        else:
            if tzs[0] == 'Z':
                return None
            r = _parse_hms(tzs[1:])
            if r is None:
                return None
            oh, om, osec, ous = r
            off = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            if tzs[0] == '-':
                off = -off
            tz = timezone(off)
    r = _parse_hms(body)
    if r is None:
        return None
    return r + (tz,)


def _parse_hms(s):
    # HH[:MM[:SS]] or HH[MM[SS]], then a fraction after '.' or ',' (or ':' after the seconds of
    # the extended form), as CPython 3.11's parser: (h, m, s, us) or None
    n = len(s)
    ext = s[2:3] == ':'
    vals = [0, 0, 0]
    p = 0
    frac = False
    for i in range(3):
        t = s[p:p + 2]
        if len(t) != 2 or not t.isdigit() or not t.isascii():
            return None
        vals[i] = int(t)
        p += 2
        if p >= n:
            break
        c = s[p]
        p += 1
        if ext and c == ':':
            if i == 2:
                frac = True
            continue
        if c == '.' or c == ',':
            if i != 2:
                return None
            frac = True
            break
        if not ext:
            p -= 1
            if i == 2:
                return None
            continue
        return None
    us = 0
    if frac:
        digits = s[p:p + 6]
        if not digits or not digits.isdigit() or not digits.isascii():
            return None
        us = int(digits) * 10 ** (6 - len(digits))
        p += len(digits)
        while p < n and s[p].isdigit():
            p += 1
        if p < n:
            return None
    elif p < n:
        return None
    return vals[0], vals[1], vals[2], us


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if month is _MISSING and day is _MISSING and isinstance(year, (bytes, str)) \
                and len(year) == 4 and 1 <= ord(year[2:3]) <= 12:
            # the pickled state: (year >> 8, year & 255, month, day), only the month checked
            b = _pickle_state(year, 4, 'date')
            self = object.__new__(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2]
            self._day = b[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        s, us = _split_timestamp(t)
        _check_ts_range(s)
        y, m, d, hh, mi, ss = _local_fields(s)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Construct a date from time.time()."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal.

January 1 of year 1 is day 1.  Only the year, month and day are
non-zero in the result."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        r = _parse_isodate(date_string)
        n = len(date_string)
        # C's date_fromisoformat: a length of 7, 8 or 10 and a date at the start; what follows a
        # complete date is not looked at (YYYYMMDD?? and YYYYWwwD?? are accepted), but a week date
        # without its day must end there
        if r is None or n not in (7, 8, 10) or (r[3] != n and r[3] == (7 if date_string[4:5] == 'W' else 8)
                                                and 'W' in date_string[4:6]):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(r[0], r[1], r[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year = _index(year)
        week = _index(week)
        day = _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            ok = False
            if week == 53:
                first = _ymd2ord(year, 1, 1) % 7
                if first == 4 or (first == 3 and _is_leap(year)):
                    ok = True
            if not ok:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        o = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        y, m, d = _ord2ymd(o)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_prefix(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        "Return ctime() style string."
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, format):
        "format -> strftime() style string."
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % _tn(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        return self._timetuple(0, 0, 0, -1)

    def _timetuple(self, hh, mm, ss, dst):
        o = self.toordinal()
        yday = o - _ymd2ord(self._year, 1, 1) + 1
        return _struct_time((self._year, self._month, self._day, hh, mm, ss, (o + 6) % 7, yday, dst))

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day.

January 1 of year 1 is day 1.  Only the year, month and day values
contribute to the result."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def _compare_check(self, other, op):
        # True: comparable as dates; NotImplemented / raise otherwise
        if isinstance(other, date):
            if isinstance(other, datetime) != isinstance(self, datetime):
                return False
            return True
        return None

    # A datetime compares with its date part here, as C's date_richcompare (date.__eq__(dt));
    # date == datetime never gets here: the reflected methods of datetime answer first.
    def __eq__(self, other):
        if isinstance(other, date):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
        return _cmp_error(op, self, other)

    def __lt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() < other._cmpkey()
        return self._order(other, '<')

    def __le__(self, other):
        if isinstance(other, date):
            return self._cmpkey() <= other._cmpkey()
        return self._order(other, '<=')

    def __gt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() > other._cmpkey()
        return self._order(other, '>')

    def __ge__(self, other):
        if isinstance(other, date):
            return self._cmpkey() >= other._cmpkey()
        return self._order(other, '>=')

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date', self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other._days)
        return _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _rbinop_error('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return _binop_error('-', self, other)

    def __rsub__(self, other):
        return _rbinop_error('-', self, other)

    def weekday(self):
        "Return day of the week, where Monday == 0 ... Sunday == 6."
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return day of the week, where Monday == 1 ... Sunday == 7."
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo -----------------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt = dt + delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        # the state as object.__getstate__ gives it: __slots__ values too
        return (type(self), args, self.__getstate__())


# ---- time -------------------------------------------------------------------------------------

def _new_time(cls, hh, mm, ss, us, tz, fold):
    if cls is time:
        self = object.__new__(time)
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(hh, mm, ss, us, tz, fold=fold)
    return cls(hh, mm, ss, us, tz)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=_MISSING, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 0x7F < 24:
            # the pickled state (hour | fold << 7, minute, second, microsecond in 3 bytes) and tzinfo
            b = _pickle_state(hour, 6, 'time')
            tz = _state_tzinfo(None if minute is _MISSING else minute)
            self = object.__new__(cls)
            self._hour = b[0] & 0x7F
            self._fold = b[0] >> 7
            self._minute = b[1]
            self._second = b[2]
            self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
            self._tzinfo = tz
            self._hashcode = -1
            return self
        if minute is _MISSING:
            minute = 0
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s[:1] == 'T':
            s = s[1:]
        r = _parse_isotime(s)
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(r[0], r[1], r[2], r[3], r[4])

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_type_prefix(self), s)

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % _tn(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        # -1/0/1, or None for == between naive and aware
        if self._tzinfo is other._tzinfo:
            a, b = self._us(), other._us()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                if op == '==':
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            a, b = self._us(), other._us()
            if o1 is not None:
                a -= o1._to_us()
                b -= o2._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, '==')
            return c == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            c = self._cmp(other, '==')
            return c != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, '<') < 0
        return _cmp_error('<', self, other)

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, '<=') <= 0
        return _cmp_error('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, '>') > 0
        return _cmp_error('>', self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, '>=') >= 0
        return _cmp_error('>=', self, other)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._us()
            if off is not None:
                us -= off._to_us()
            self._hashcode = hash(('time', us))
        return self._hashcode

    def __reduce_ex__(self, protocol):
        # CPython's state: bytes, the fold in the hour byte's high bit from protocol 4 on
        us = self._microsecond
        h = self._hour | (128 if self._fold and protocol > 3 else 0)
        args = (bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255)),)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ---------------------------------------------------------------------------------

def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mi, ss, us, tz)


def _datetime_from_us(cls, total, tz, fold=0):
    # total: microseconds since 0001-01-01T00:00 (ordinal 1)
    days, rem = divmod(total, _US_PER_DAY)
    if not 0 <= days < _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord2ymd(days + 1)
    s, us = divmod(rem, 1000000)
    hh, s = divmod(s, 3600)
    mi, ss = divmod(s, 60)
    return _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if day is _MISSING and isinstance(year, (bytes, str)) and len(year) == 10 \
                and 1 <= ord(year[2:3]) & 0x7F <= 12:
            # the pickled state (year in 2 bytes, month | fold << 7, day, hour, minute, second,
            # microsecond in 3 bytes) and tzinfo
            b = _pickle_state(year, 10, 'datetime')
            tz = _state_tzinfo(None if month is _MISSING else month)
            self = object.__new__(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2] & 0x7F
            self._fold = b[2] >> 7
            self._day = b[3]
            self._hour = b[4]
            self._minute = b[5]
            self._second = b[6]
            self._microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
            self._tzinfo = tz
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    def _us_total(self):
        # microseconds since ordinal 1 at midnight, ignoring tzinfo
        return ((((self.toordinal() - 1) * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        s, us = _split_timestamp(t)
        _check_ts_range(s)
        if utc:
            days, rem = divmod(s, 86400)
            y, m, d = _ord2ymd(days + _EPOCH_ORD)
            hh, rem = divmod(rem, 3600)
            mi, ss = divmod(rem, 60)
            fold = 0
        else:
            y, m, d, hh, mi, ss = _local_fields(s)
            # the second occurrence of a repeated wall time has fold=1
            fold = 0
            r = _local(s)
            shift = r - _local(s - 86400) - 86400
            if shift < 0 and _local(s + shift) == r:
                fold = 1
        if fold:
            result = cls(y, m, d, hh, mi, ss, us, tz, fold=1)
        else:
            result = cls(y, m, d, hh, mi, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        "Construct a datetime from time.time() and optional time zone info."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Construct a UTC datetime from time.time()."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "Construct a datetime from a given date and a given time."
        date_, time_ = date, time
        date, time = _date_class, _time_class
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % _tn(date_))
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % _tn(time_))
        if tzinfo is True:
            tzinfo = time_._tzinfo
        return cls(date_._year, date_._month, date_._day, time_._hour, time_._minute,
                   time_._second, time_._microsecond, tzinfo, fold=time_._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        bad = 'Invalid isoformat string: %r' % (s,)
        r = _parse_isodate(s, 0, True)
        if r is None:
            raise ValueError(bad)
        y, m, d, p = r
        hh = mi = ss = us = 0
        tz = None
        if p < len(s):
            rest = s[p + 1:]
            t = _parse_isotime(rest) if rest else None
            if t is None:
                raise ValueError(bad)
            hh, mi, ss, us, tz = t
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        "string, format -> new datetime parsed from a string (like time.strptime())."
        f = _strptime(date_string, format)
        return cls(*f)

    def timetuple(self):
        "Return time tuple compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return self._timetuple(self._hour, self._minute, self._second, dst)

    def _local_timestamp(self):
        return _local_mktime(self.toordinal(), self._hour, self._minute, self._second, self._fold)

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            s = self._local_timestamp()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple compatible with time.gmtime()."
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return date._timetuple(dt, dt._hour, dt._minute, dt._second, 0)

    def date(self):
        "Return the date part."
        return date(self._year, self._month, self._day)

    def time(self):
        "Return the time part, with tzinfo None."
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        "Return the time part, with same tzinfo."
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        off = _local_offset(ts)
        return timezone(timedelta(seconds=off), _local_tzname(ts, off))

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=None)
        if tz is None:
            ts = (utc.toordinal() - _EPOCH_ORD) * 86400 + utc._hour * 3600 + utc._minute * 60 + utc._second
            off = _local_offset(ts)
            tz = timezone(timedelta(seconds=off), _local_tzname(ts, off))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        "Return ctime() style string."
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError('isoformat() argument 1 must be a unicode character, not str')
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % _tn(sep))
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s(%s' % (_type_prefix(self), ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            a, b = self._us_total(), other._us_total()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                if op == '==':
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a, b = self._us_total(), other._us_total()
            if o1 is not None:
                a -= o1._to_us()
                b -= o2._to_us()
        return (a > b) - (a < b)

    def _order(self, other, op):
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
        return _cmp_error(op, self, other)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '==') == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '==') != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '<') < 0
        return self._order(other, '<')

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '<=') <= 0
        return self._order(other, '<=')

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '>') > 0
        return self._order(other, '>')

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '>=') >= 0
        return self._order(other, '>=')

    def __hash__(self):
        if self._hashcode == -1:
            t = self._us_total()
            if self._fold:
                off = self.replace(fold=0).utcoffset()
            else:
                off = self.utcoffset()
            if off is not None:
                t -= off._to_us()
            self._hashcode = hash(('datetime', t))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us_total() + other._to_us(), self._tzinfo)
        return _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _rbinop_error('+', self, other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us_total() - other._to_us(), self._tzinfo)
        if isinstance(other, datetime):
            a = self._us_total()
            b = other._us_total()
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if o1 is not None:
                    a -= o1._to_us()
                    b -= o2._to_us()
            return _td_from_us(a - b)
        return _binop_error('-', self, other)

    def __reduce_ex__(self, protocol):
        # CPython's state: bytes, the fold in the month byte's high bit from protocol 4 on
        us = self._microsecond
        m = self._month | (128 if self._fold and protocol > 3 else 0)
        args = (bytes((self._year >> 8, self._year & 255, m, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255)),)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _local_tzname(ts, off):
    try:
        import _pyvm_datetime
    except ImportError:
        _pyvm_datetime = None
    if _pyvm_datetime is not None:
        name = _pyvm_datetime.tzname(ts, off)
        if name:
            return name
    name = getattr(_time.localtime(ts), 'tm_zone', None)
    if name:
        return name
    if off == 0:
        return 'UTC'
    return None


# ---- timezone ---------------------------------------------------------------------------------

_OMITTED = object()
# datetime.combine's parameters are named date and time (keywords), as CPython's
_date_class = date
_time_class = time


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % _tn(offset))
        if name is _OMITTED:
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % ('None' if name is None else _tn(name)))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        if name is None and not offset and cls is timezone:
            try:
                return _UTC
            except NameError:
                pass
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        # tzinfo's reduce in C: the init args and a None state (a C timezone has no __dict__)
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        p = _type_prefix(self)
        if self._name is None:
            return '%s(%r)' % (p, self._offset)
        return '%s(%r, %r)' % (p, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (what, _tn(dt)))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is None:
            if not self._offset:
                return 'UTC'
            return 'UTC' + _format_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)

_OWN_TYPES = (timedelta, date, datetime, time, tzinfo, timezone)


# ---- strptime ---------------------------------------------------------------------------------

_STRP_PATTERNS = {
    'd': r'(?P<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\\d|\\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\\d\\d\\d\\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\\d|\\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\\d|\\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\\d|\\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\\d|\\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)',
    'y': r'(?P<y>\\d\\d)',
    'Y': r'(?P<Y>\\d\\d\\d\\d)',
    'z': r'(?P<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))',
    'a': '(?P<a>' + '|'.join(n.lower() for n in _FULLDAYNAMES + _DAYNAMES) + ')',
    'A': '(?P<A>' + '|'.join(n.lower() for n in _FULLDAYNAMES + _DAYNAMES) + ')',
    'b': '(?P<b>' + '|'.join(n.lower() for n in _FULLMONTHNAMES[1:] + _MONTHNAMES[1:]) + ')',
    'B': '(?P<B>' + '|'.join(n.lower() for n in _FULLMONTHNAMES[1:] + _MONTHNAMES[1:]) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
}
_STRP_COMPOSITE = {
    'c': '%a %b %d %H:%M:%S %Y',
    'x': '%m/%d/%y',
    'X': '%H:%M:%S',
    'D': '%m/%d/%y',
    'T': '%H:%M:%S',
    'R': '%H:%M',
    'F': '%Y-%m-%d',
}
_strp_cache = {}


def _strp_regex(format):
    import re
    parts = []
    seen = set()
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d == '%':
                parts.append('%')
            elif d in _STRP_COMPOSITE:
                parts.append(_strp_regex_inner(_STRP_COMPOSITE[d], seen, format))
            elif d in _STRP_PATTERNS:
                parts.append(_strp_group(d, seen))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            parts.append(r'\\s+')
        else:
            parts.append(re.escape(c))
            i += 1
    return re.compile(''.join(parts), re.IGNORECASE)


def _strp_group(d, seen):
    # a repeated directive is a repeated group name: re.error, as CPython's
    return _STRP_PATTERNS[d]


def _strp_regex_inner(fmt, seen, whole):
    import re
    parts = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            parts.append(_strp_group(fmt[i + 1], seen))
            i += 2
        elif c == ' ':
            parts.append(r'\\s+')
            i += 1
        else:
            parts.append(re.escape(c))
            i += 1
    return ''.join(parts)


def _strptime(data_string, format):
    if not isinstance(data_string, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % _tn(data_string))
    if not isinstance(format, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % _tn(format))
    rx = _strp_cache.get(format)
    if rx is None:
        rx = _strp_regex(format)
        _strp_cache[format] = rx
    found = rx.match(data_string)
    if not found:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    julian = None
    weekday = None
    if g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('Y') is not None:
        year = int(g['Y'])
    if g.get('m') is not None:
        month = int(g['m'])
    for k in ('B', 'b'):
        if g.get(k) is not None:
            month = _month_index(g[k])
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    if g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm in ('', 'am'):
            if hour == 12:
                hour = 0
        elif ampm == 'pm':
            if hour != 12:
                hour += 12
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        s = g['f']
        fraction = int(s + '0' * (6 - len(s)))
    for k in ('A', 'a'):
        if g.get(k) is not None:
            weekday = _weekday_index(g[k])
    if g.get('w') is not None:
        weekday = (int(g['w']) + 6) % 7
    if g.get('u') is not None:
        weekday = int(g['u']) - 1
    week = None
    week_mon = False
    if g.get('U') is not None:
        week = int(g['U'])
    if g.get('W') is not None:
        week = int(g['W'])
        week_mon = True
    iso_year = int(g['G']) if g.get('G') is not None else None
    iso_week = int(g['V']) if g.get('V') is not None else None
    if g.get('j') is not None:
        julian = int(g['j'])
    if g.get('z') is not None:
        z = g['z']
        if z == 'Z':
            off = timedelta(0)
        else:
            if z[3] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ':':
                        raise ValueError('Inconsistent use of : in %s' % g['z'])
                    z = z[:5] + z[6:]
            hours = int(z[1:3])
            minutes = int(z[3:5])
            seconds = int(z[5:7] or 0)
            us = z[8:]
            us = int(us + '0' * (6 - len(us))) if us else 0
            off = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=us)
            if z[0] == '-':
                off = -off
        # with %Z too, the zone keeps the name parsed (CPython's _strptime_datetime)
        name = g.get('Z')
        tz = timezone(off, name) if name else timezone(off)
    _wd = "a weekday directive ('%A', '%a', '%w', or '%u')."
    if iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and " + _wd)
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and " + _wd)
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_default = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_default = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            # week 1 starts on the year's first Monday (%W) or Sunday (%U); days before it are week 0
            jan1 = (_ymd2ord(year, 1, 1) + 6) % 7  # Monday 0
            wd = weekday
            if not week_mon:
                jan1 = (jan1 + 1) % 7
                wd = (wd + 1) % 7
            if week == 0:
                julian = 1 + wd - jan1
            else:
                julian = 1 + (7 - jan1) % 7 + 7 * (week - 1) + wd
        elif iso_year is not None:
            dd = date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year = dd._year
            julian = dd.toordinal() - _ymd2ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        dd = date.fromordinal(_ymd2ord(year, 1, 1) + julian - 1)
        year, month, day = dd._year, dd._month, dd._day
    if leap_default:
        # CPython checks Feb 29 against year 1900
        raise ValueError('day is out of range for month')
    return (year, month, day, hour, minute, second, fraction, tz)


def _month_index(name):
    name = name.lower()
    for i in range(1, 13):
        if name == _FULLMONTHNAMES[i].lower() or name == _MONTHNAMES[i].lower():
            return i
    return 1


def _weekday_index(name):
    name = name.lower()
    for i in range(7):
        if name == _FULLDAYNAMES[i].lower() or name == _DAYNAMES[i].lower():
            return i
    return 0


def _readonly(message):
    def refuse(self, value=None):
        raise AttributeError(message)
    return refuse


for _cls, _names in ((timedelta, ('days', 'seconds', 'microseconds')),
                     (date, ('year', 'month', 'day')),
                     (time, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')),
                     (datetime, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'))):
    for _n in _names:
        if _cls is timedelta:
            _msg = 'readonly attribute'
        else:
            _msg = "attribute '%s' of 'datetime.%s' objects is not writable" % (_n, _cls.__name__)
        _p = _cls.__dict__[_n]
        setattr(_cls, _n, property(_p.fget, _readonly(_msg), _readonly(_msg), _p.__doc__))
del _cls, _names, _n, _msg, _p


def _copy(self):
    # copy.copy / copy.deepcopy of the immutable datetime objects: rebuilt from __reduce__
    f, args = self.__reduce__()[:2]
    return f(*args)


def _deepcopy(self, memo):
    return _copy(self)


for _c in (timedelta, date, time, timezone):
    _c.__copy__ = _copy
    _c.__deepcopy__ = _deepcopy
del _c
`;

definePythonModule('datetime', DATETIME_SOURCE, {
  hideFrames: true,
  // CPython's are C types (_datetime): error messages name them 'datetime.date' and so on.
  cTypes: Object.fromEntries(['date', 'datetime', 'time', 'timedelta', 'tzinfo', 'timezone'].map((c) => [c, 'datetime'])),
});
