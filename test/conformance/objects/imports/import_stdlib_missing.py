# Some names that are not modules at all.
for name in ('numpy_is_not_here', 'xyzzy'):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(e)
import xyzzy.plugh
