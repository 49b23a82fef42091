# sys.exit() and sys.exit(0) end the program with status 0; code after is not run.
import sys
print('working')
sys.exit()
print('unreachable')
