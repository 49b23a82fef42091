# BaseException.add_note (3.11): notes are kept in __notes__ and printed after the message.
try:
    raise ValueError('bad input')
except ValueError as e:
    e.add_note('while reading row 3')
    e.add_note('file: data.csv')
    print(e.__notes__, str(e))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
err = KeyError('k')
err.add_note('uncaught, with a note')
raise err
