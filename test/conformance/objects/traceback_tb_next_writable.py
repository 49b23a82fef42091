import sys

def inner():
    raise ValueError('x')

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_frame.f_code.co_name)
    tb.tb_next.tb_next = None
    n = 0
    t = tb
    while t is not None:
        n += 1
        t = t.tb_next
    print(n)
    for bad in (5, 'x'):
        try:
            tb.tb_next = bad
        except TypeError as err:
            print('TypeError', err)
    try:
        tb.tb_next.tb_next = tb
    except ValueError as err:
        print('ValueError', err)
    try:
        del tb.tb_next
    except TypeError as err:
        print('TypeError', err)
    tb.tb_next = None
    print(tb.tb_next)
    import traceback
    print(len(traceback.extract_tb(e.__traceback__)))
