# Nested try blocks; exceptions in handlers and finally blocks.
def f():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            print('caught inner')
            raise TypeError('from handler')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
f()
try:
    try:
        raise KeyError('a')
    finally:
        print('cleanup runs before propagation')
except KeyError as e:
    print('got', e)
