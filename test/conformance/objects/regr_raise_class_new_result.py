# `raise C` calls C(); a result that is not an exception is a TypeError naming its type's repr.
class E(Exception):
    def __new__(cls, *args):
        return 5

class F(Exception):
    def __new__(cls, *args):
        return ValueError('instead')

class G(BaseException):
    def __new__(cls, *args):
        return None

for k in (E, F, G):
    try:
        raise k
    except TypeError as e:
        print('TypeError', e)
    except ValueError as e:
        print('ValueError', e)
