# An exception raised by a descriptor's __set_name__ while a class is created becomes the cause
# of a RuntimeError naming the descriptor's type, the attribute and the class (CPython 3.11).
class Desc:
    def __set_name__(self, owner, name):
        if name == 'bad':
            raise ValueError('no ' + name)
        self.name = name


class Fine:
    good = Desc()


print(Fine.good.name)
try:
    class Broken:
        good = Desc()
        bad = Desc()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)


class Other:
    def __set_name__(self, owner, name):
        raise KeyError(name)


class Uncaught:
    k = Other()
