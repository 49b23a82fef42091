# SystemExit raised in a nested call; finally blocks run first.
import sys
def work():
    try:
        print('in work')
        sys.exit(4)
    finally:
        print('cleanup')
try:
    work()
except SystemExit as e:
    print('caught SystemExit', e.code)
work()
