# The `except ... as e` name is deleted after the handler.
try:
    1 / 0
except ZeroDivisionError as e:
    print('inside', type(e).__name__)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
e = 'before'
try:
    [][0]
except IndexError as e:
    pass
print('e' in dir())
