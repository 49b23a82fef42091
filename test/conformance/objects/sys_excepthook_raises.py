# A sys.excepthook that raises: its own traceback, then the original exception's.
import sys
def hook(t, v, tb):
    raise ValueError('hook failed')
sys.excepthook = hook
raise KeyError('k')
