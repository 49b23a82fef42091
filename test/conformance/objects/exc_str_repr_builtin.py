# str and repr of built-in exceptions with special argument handling.
print(str(KeyError('a')), repr(KeyError('a')), str(KeyError('a', 'b')))
print(str(OSError(2, 'No such file or directory')), OSError(2, 'x').errno, OSError(2, 'x').strerror)
print(repr(UnicodeError('u')), str(StopIteration(1, 2)), repr(AttributeError('attr')))
e = Exception('a', 'b')
e.args = ('new',)
print(e, repr(e))
