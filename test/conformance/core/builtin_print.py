# print with sep, end, file and flush.
import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('no newline', end='')
print(' <- same line', end='!\n')
print()
print(1, 2, 3, sep='')
print('to stdout', file=sys.stdout, flush=True)
print('to stderr', file=sys.stderr)
print(None, True, 1.5, [1], sep=', ')
print(*range(5))
print('x', sep=None, end=None)
