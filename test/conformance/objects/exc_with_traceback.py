# Exception attributes: __traceback__ and with_traceback.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next is None)
    e2 = ValueError('v').with_traceback(tb)
    print(e2.__traceback__ is tb)
print(ValueError('x').__traceback__)
