# Exception subclasses that do not call super().__init__ still print their args.
class E1(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
class E2(ValueError):
    def __init__(self, msg):
        super().__init__('E2: ' + msg)
try:
    raise E1(1, 2)
except E1 as e:
    print(repr(e), e.args, str(e), e.a)
try:
    raise E2('bad')
except ValueError as e:
    print(repr(e), e.args)
raise E1('x', 'y')
