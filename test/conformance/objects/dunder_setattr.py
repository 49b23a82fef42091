# __setattr__ and __delattr__ intercept assignments.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}')
f = Frozen(1)
print(f.x)
for action in (lambda: setattr(f, 'x', 2), lambda: delattr(f, 'x')):
    try:
        action()
    except AttributeError as e:
        print(e)
class Logged:
    def __setattr__(self, name, value):
        print('set', name, '=', value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
l = Logged()
l.a = 'hi'
l.b = 2
print(l.a, l.b, vars(l))
