# UnicodeEncodeError / UnicodeDecodeError messages and error handlers.
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
print('café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'), 'é'.encode('latin-1'), b'caf\xe9'.decode('latin-1'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), 'ü'.encode('utf-16-le'))
try:
    b'\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.start, e.end)
