# sys.excepthook deleted: CPython says so, then prints the traceback itself.
import sys
del sys.excepthook
raise KeyError(1)
