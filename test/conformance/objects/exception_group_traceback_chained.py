# An uncaught group whose members have chained tracebacks, raised from an except* handler,
# nested four groups deep: the "During handling" chains inside the boxes.
def inner():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
excs = []
try:
    inner()
except ValueError as e:
    excs.append(e)
try:
    raise OSError('os')
except OSError as e:
    excs.append(e)
try:
    try:
        raise ExceptionGroup('eg1', excs)
    except* ValueError:
        raise TypeError('in handler')
except BaseException as e:
    raise ExceptionGroup('deep', [ExceptionGroup('l2', [ExceptionGroup('l3', [e])])]) from None
