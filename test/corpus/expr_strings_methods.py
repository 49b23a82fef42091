'a'.upper()
'{} {}'.format(1, 2)
''.join(map(str, range(3)))
b'x'.decode()
