# bytes errors: out-of-range values, str + bytes, decode errors.
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
b = b'abc'
b[0] = 1
