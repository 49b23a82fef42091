# sys.excepthook replaced: it gets (type, value, traceback) of an uncaught exception instead of the default printing.
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
def hook(t, v, tb):
    print('hooked:', t.__name__, v, tb is not None, file=sys.stderr)
    print('to stdout', t.__name__)
sys.excepthook = hook
1 / 0
