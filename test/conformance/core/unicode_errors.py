# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: the codecs' messages (utf-8's second-byte ranges, runs of unencodable characters), the members, the 5-argument constructors.
for b in [b'caf\xe9', b'\xff', b'a\xe9b', b'\xed\xa0\x80', b'\xe4\xb8', b'\xf0\x80\x80\x80', b'\xe0\x80', b'\xf4\x90\x80\x80', b'\xf0\x9f', b'\xc0\x80', b'\xf5', b'ok\xe2\x82', b'\xe2\x28\xa1']:
    try: b.decode()
    except UnicodeDecodeError as e: print(e, e.start, e.end, e.reason, e.encoding, e.object, e.args)
for b in [b'\x80', b'ab\xffcd']:
    try: b.decode('ascii')
    except UnicodeDecodeError as e: print(e, e.start, e.end, e.reason, e.encoding, e.object)
e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad'); print(e, e.args, e.start, e.reason, e.object, e.encoding)
e.reason = 'new'; e.start = 1; print(e, e.args)
print(UnicodeDecodeError('utf-8', b'ab', 0, 2, 'bad'))
e = UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'ordinal not in range(128)'); print(e, e.args, e.object)
print(UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'r'), UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'))
e = UnicodeTranslateError('a\xe9', 1, 2, 'r'); print(e, e.args, e.encoding)
print(repr(UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 1, 'bad').object))
for bad in [lambda: UnicodeDecodeError('utf-8', 'notbytes', 0, 1, 'x'), lambda: UnicodeDecodeError('utf-8'), lambda: UnicodeEncodeError(1, 'a', 0, 1, 'r')]:
    try: bad()
    except TypeError as e: print(e)
class MyErr(UnicodeDecodeError):
    pass
print(MyErr('utf-8', b'x', 0, 1, 'r'))
try:
    b'\xff'.decode('utf-16')
except UnicodeDecodeError as e:
    print(e)
print(b'caf\xe9'.decode('utf-8', 'replace'), b'caf\xe9'.decode('latin-1'))
for s, enc in [('a\xe9\xe9b', 'ascii'), ('\u20ac', 'latin-1'), ('ab\ud800', 'utf-8'), ('\U0001f600', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, e.start, e.end, e.reason, e.encoding, repr(e.object))
print('\xe9'.encode('ascii', 'replace'), '\xe9'.encode('ascii', 'ignore'))
