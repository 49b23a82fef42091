# The first matching except clause wins, even when a later one is more specific.
try:
    raise KeyError('k')
except LookupError:
    print('LookupError handler')
except KeyError:
    print('never reached')
def f(exc):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return 'value/type: ' + type(e).__name__
    except Exception as e:
        return 'other: ' + type(e).__name__
print(f(ValueError), f(TypeError()), f(UnicodeDecodeError('utf-8', b'', 0, 1, 'x')), f(OSError))
