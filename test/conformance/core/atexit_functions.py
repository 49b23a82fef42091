# atexit: functions run at exit, last registered first, with their arguments; unregister;
# an exception in one is reported and the others still run.
import atexit, sys

def bye(who, punct='!'):
    print('bye', who + punct)

def boom():
    print('boom runs')
    1 / 0

def never():
    print('never printed')

print(atexit.register(bye, 'first') is bye)
atexit.register(boom)
atexit.register(never)
atexit.register(bye, 'second', punct='?')
atexit.register(never)
atexit.unregister(never)
atexit.register(print, 'print as a callback', 42, sep='|')
try:
    atexit.register(3)
except TypeError as e:
    print(e)
print('main ends')
sys.exit(0)
