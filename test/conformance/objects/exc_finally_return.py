# finally runs on return; a return in finally overrides the try's return and swallows exceptions.
def a():
    try:
        return 'try'
    finally:
        print('finally in a')
def b():
    try:
        return 'try'
    finally:
        return 'finally'
def c():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def d():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('cleanup', i)
print(a(), b(), c(), d())
