# raise accepts classes and instances; raising a non-exception is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError('x') from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(e)
class NotExc:
    pass
raise NotExc
