# contextlib.contextmanager generators as context managers.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    finally:
        print(f'</{name}>')
with tag('html'):
    with tag('body') as t:
        print('content in', t)
@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print('handled', e)
with catching():
    raise ValueError('inside')
print('continues')
