# sys.exit(3) exits with status 3.
import sys
print('exiting with 3')
sys.exit(3)
