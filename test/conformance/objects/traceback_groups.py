# traceback.format_exception of exception groups (nested, chained members, notes, more than
# max_group_width members, deeper than max_group_depth), RecursionError's repeated lines,
# 'from None', TracebackException.print.
import traceback, sys
def clean(s):
    out = []
    for line in s.split('\n'):
        i = line.find('File "')
        if i >= 0:
            j = line.find('"', i + 6)
            line = line[:i + 6] + line[i + 6:j].rsplit('/', 1)[-1] + line[j:]
        out.append(line)
    return '\n'.join(out)
def raiser(i):
    if i % 2:
        raise ValueError(i)
    try:
        raise KeyError(i)
    except KeyError as e:
        raise TypeError(i) from e
def group(n, depth):
    excs = []
    for i in range(n):
        try:
            if depth and i == 0:
                group(2, depth - 1)
            raiser(i)
        except Exception as e:
            excs.append(e)
    raise ExceptionGroup("g%d" % depth, excs)
for n, d in [(2, 0), (3, 1), (17, 0), (2, 12)]:
    try:
        group(n, d)
    except ExceptionGroup as e:
        e.add_note("a note")
        print(clean(''.join(traceback.format_exception(e))))
        print(len(traceback.format_exception(e)))
        print(clean(''.join(traceback.TracebackException.from_exception(e, max_group_width=2, max_group_depth=2).format())))
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError:
    s = traceback.format_exc()
    s = clean(s)
    print(s[:300], s[-400:])
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("ctx") from None
except ValueError as e:
    print(clean(''.join(traceback.format_exception(e))))
    te = traceback.TracebackException.from_exception(e)
    import io
    buf = io.StringIO()
    te.print(file=buf)
    print(clean(buf.getvalue()))
