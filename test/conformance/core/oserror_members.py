e=OSError(2,'x',None); print(e.args, e.filename, str(e))
e=OSError(2,'x','f',None,'g'); print(e.args, e.filename, e.filename2, str(e))
e=OSError(2,'x','f',5); print(e.args, e.filename, e.filename2, str(e))
e=OSError(2,'x','f'); e.filename='z'; e.errno=3; print(e, e.args)
e=OSError(1,2,3,4,5,6); print(e.args, e.errno, e.filename, str(e))
e=FileNotFoundError(2,'x','f'); print(e.args, repr(e))
class E(OSError):
    def __init__(self, a):
        super().__init__(5, 'boom', a)
e = E('q'); print(e.args, e, e.filename, e.errno)
print(OSError('just'), OSError('a','b').errno, OSError().strerror, PermissionError(13, 'no'))
try: OSError(x=1)
except TypeError as e: print(e)
