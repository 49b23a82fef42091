import calendar
import os
import shutil
import tempfile

print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2026, 11))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2026))
print(calendar.monthrange(2026, 2), calendar.weekday(2026, 11, 27), calendar.day_name[4], calendar.month_abbr[11])
print(calendar.monthcalendar(2026, 11))
print(list(calendar.Calendar(firstweekday=6).iterweekdays()))
print(calendar.timegm((2026, 11, 27, 1, 2, 3)))
print(calendar.HTMLCalendar().formatmonth(2026, 1)[:200])
print(calendar.calendar(2026)[:300])
try:
    calendar.monthrange(2026, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('tmp'))
    src = os.path.join(d, 'a.txt')
    with open(src, 'w') as f:
        f.write('hello\n' * 3)
    shutil.copyfile(src, os.path.join(d, 'b.txt'))
    os.makedirs(os.path.join(d, 'sub', 'deep'))
    shutil.copyfile(src, os.path.join(d, 'sub', 'deep', 'c.txt'))
    print(sorted(os.listdir(d)))
    with open(os.path.join(d, 'b.txt')) as f:
        print(repr(f.read()))
    shutil.move(os.path.join(d, 'b.txt'), os.path.join(d, 'moved.txt'))
    print(sorted(os.listdir(d)))
    shutil.rmtree(os.path.join(d, 'sub'))
    print(sorted(os.listdir(d)))
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.log', delete=False) as tf:
        tf.write('data')
        name = tf.name
    print(name.endswith('.log'), os.path.dirname(name) == d, os.path.getsize(name))
    fd, path = tempfile.mkstemp(prefix='pre_', dir=d)
    os.write(fd, b'xyz')
    os.close(fd)
    print(os.path.basename(path).startswith('pre_'), os.path.getsize(path))
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub))
print(os.path.exists(d))
print(shutil.which('sh') is not None, shutil.get_terminal_size((80, 24)))
