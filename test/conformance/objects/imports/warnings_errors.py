# warnings turned into errors: the traceback has no frames of warn itself (a C function in
# CPython), caught (format_exc) and uncaught; stacklevel 0 and below count as 1.
import warnings
import traceback
import mod_warn_helper


def clean(s):
    out = []
    for line in s.split('\n'):
        i = line.find('File "')
        if i >= 0:
            j = line.find('"', i + 6)
            line = line[:i + 6] + line[i + 6:j].rsplit('/', 1)[-1] + line[j:]
        out.append(line)
    return '\n'.join(out)


warnings.simplefilter("error")


def f():
    warnings.warn("in f", stacklevel=0)


try:
    f()
except UserWarning:
    print(clean(traceback.format_exc()))
try:
    mod_warn_helper.note()
except UserWarning as e:
    print(clean(traceback.format_exc()))
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
    warnings.warn("x", stacklevel=-5)
    print([(str(m.message), m.lineno) for m in log])
warnings.warn("fatal", RuntimeWarning)
