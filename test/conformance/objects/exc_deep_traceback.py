# An uncaught exception through recursion prints a traceback with repeated frames.
def dive(n):
    if n == 0:
        raise LookupError('bottom reached')
    return dive(n - 1)
print('diving')
dive(30)
