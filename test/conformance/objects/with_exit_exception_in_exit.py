# An exception raised in __exit__ replaces the body's exception.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('exit failed')
try:
    with Bad():
        raise ValueError('body failed')
except RuntimeError as e:
    print(e, repr(e.__context__))
with Bad():
    print('body ran')
