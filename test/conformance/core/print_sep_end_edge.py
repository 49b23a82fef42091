# print with no arguments and a custom sep, end='' chains, and non-string objects.
print(*[], sep='x')
print(end='')
print('a', end='')
print('b', end='')
print()
print(1, 2, sep='')
print('multi\nline', 'args', sep='|')
print(None, sep=None, end='\n')
try:
    print('x', end=5)
except TypeError as e:
    print(e)
