# try/except/else/finally: which blocks run in which order.
def run(v):
    try:
        print('try', v)
        r = 10 // v
    except ZeroDivisionError:
        print('except')
        r = None
    else:
        print('else', r)
    finally:
        print('finally')
    return r
print(run(2))
print(run(0))
