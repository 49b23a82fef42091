# local time (the host's zone): values computed from timestamps are checked against
# time.localtime/time.mktime, never printed, so the program does not depend on the clock or zone
import time
from datetime import datetime, date, timedelta, timezone

ok = True
for ts in [0, 86400 * 365, 951782400, 1e9, 1234567890.5, 1500000000, 1700000000.25, 1710054000, 1730595600, -86400 * 400]:
    d = datetime.fromtimestamp(ts)
    lt = time.localtime(ts)
    if (d.year, d.month, d.day, d.hour, d.minute, d.second) != tuple(lt[:6]):
        print('fromtimestamp differs', ts, d, lt[:6])
        ok = False
    if d.timestamp() != ts:
        print('timestamp differs', ts, d.timestamp())
        ok = False
    if date.fromtimestamp(ts) != d.date():
        print('date.fromtimestamp differs', ts)
        ok = False
    a = d.astimezone()
    if a.replace(tzinfo=None) != d or a.timestamp() != ts:
        print('astimezone differs', ts, a)
        ok = False
    u = datetime.fromtimestamp(ts, timezone.utc)
    if u.astimezone() != a or u.astimezone().utcoffset() != a.utcoffset():
        print('utc astimezone differs', ts)
        ok = False
    if u.replace(tzinfo=None) != datetime.utcfromtimestamp(ts):
        print('utcfromtimestamp differs', ts)
        ok = False
    if (a - u) != timedelta(0) or a.utcoffset() != d - u.replace(tzinfo=None):
        print('offset differs', ts)
        ok = False
    if a.tzname() is None or not isinstance(a.tzname(), str):
        print('no tzname', ts)
        ok = False
print('consistent', ok)
now = datetime.now()
before = time.time()
n2 = datetime.now()
print(type(now).__name__, now.tzinfo, abs((n2 - now).total_seconds()) < 60)
print(abs(datetime.now().timestamp() - time.time()) < 60, abs(datetime.utcnow().timestamp() - time.time()) < 86400 + 60)
print(date.today() == datetime.now().date() or date.today() == datetime.now().date() - timedelta(1))
print(datetime.now(timezone.utc).tzinfo is timezone.utc, datetime.now().astimezone().tzinfo is not None)
