# No arguments given: a usage message and exit status 2.
import sys
if len(sys.argv) < 2:
    print('usage: prog FILE', file=sys.stderr)
    sys.exit(2)
print('never')
