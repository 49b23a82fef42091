# An exception propagates through several frames; each finally runs innermost first.
def level(n):
    try:
        if n == 0:
            raise OSError('disk full')
        level(n - 1)
    finally:
        print('unwinding level', n)
try:
    level(3)
except OSError as e:
    print('handled:', e, type(e).__name__)
level(1)
