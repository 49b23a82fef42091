# str.encode / bytes.decode with error handlers other than strict/ignore/replace (CPython's test_codecs)
tests = [
 lambda: b'[\x80\xff]'.decode('ascii', 'surrogateescape'),
 lambda: b'[\x80\xff]'.decode('utf-8', 'surrogateescape'),
 lambda: b'[\x80\xff]'.decode('utf-8', 'backslashreplace'),
 lambda: b'a\xef\xbf\xbd\xff'.decode('utf-8', 'ignore'),
 lambda: '[\x80\xff\u20ac]'.encode('ascii', 'xmlcharrefreplace'),
 lambda: '[\udc80\udcff]'.encode('latin-1', 'surrogateescape'),
 lambda: '[\udc80]'.encode('utf-8', 'surrogateescape'),
 lambda: 'abc\ud800def'.encode('utf-8', 'surrogatepass'),
 lambda: b'abc\xed\xa0\x80def'.decode('utf-8', 'surrogatepass'),
 lambda: 'a\udc80'.encode('utf-16'),
 lambda: 'a\udc80'.encode('utf-16-le', 'backslashreplace'),
 lambda: b'\x00\xd8a\x00'.decode('utf-16-le'),
 lambda: b'\x00\xd8a\x00'.decode('utf-16-le', 'replace'),
 lambda: b'a\x00b'.decode('utf-16-le', 'replace'),
 lambda: b'a\x00b'.decode('utf-16', 'ignore'),
 lambda: 'a\udc80'.encode('utf-32', 'backslashreplace'),
 lambda: b'a\x00\x00\x00\x00\xd8\x00\x00'.decode('utf-32', 'surrogateescape'),
 lambda: '\udcc3\udca9'.encode('utf-8', 'surrogateescape').decode(),
 lambda: 'x\u20ac'.encode('ascii', 'namereplace'),
 lambda: b'\xff'.decode('ascii', 'nosuch'),
 lambda: 'h\xe9llo'.encode('utf-8'),
 lambda: b'h\xc3\xa9llo'.decode('utf-8', 'replace'),
]
for t in tests:
    try: r = t()
    except Exception as e: r = (type(e).__name__, str(e))
    print(ascii(r))

# str.encode / bytes.decode through the registry: only text encodings, and a codec's
# exception wrapped as CPython's wrap_codec_error
import _codecs


class NotText(tuple):
    _is_text_encoding = False


def fail(obj, errors='strict'):
    raise RuntimeError('This should be wrapped')


def search(name):
    if name == 'g_binary_test':
        return NotText((lambda o, e='strict': (o, len(o)), lambda o, e='strict': (o, len(o)), None, None))
    if name == 'g_failing_test':
        return (fail, fail, None, None)
    return None


_codecs.register(search)
for t in [lambda: 'x'.encode('g_binary_test'), lambda: b'x'.decode('g_binary_test'),
          lambda: 'x'.encode('g_failing_test'), lambda: b'x'.decode('g_failing_test')]:
    try:
        r = t()
    except Exception as e:
        r = (type(e).__name__, str(e), type(e.__cause__).__name__, str(e.__cause__))
    print(ascii(r))
