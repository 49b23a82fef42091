# User exception classes: args, str, repr, custom __init__ and __str__, hierarchy.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f'{name} not found')
        self.name = name
class Detailed(AppError):
    def __init__(self, code, msg):
        self.code, self.msg = code, msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
for exc in (AppError(), AppError('plain'), NotFound('x.txt'), Detailed(404, 'gone')):
    print(type(exc).__name__, repr(str(exc)), exc.args, isinstance(exc, AppError), isinstance(exc, Exception))
try:
    raise NotFound('cfg')
except AppError as e:
    print('caught', e, e.name)
print(repr(NotFound('r')), repr(Detailed(1, 'm')))
raise Detailed(500, 'server error')
