# _codecs' built-in codec functions (CPython's test_codecs): UTF-7, UTF-32 and UTF-16 with
# their errors, incremental decoding (final=False), error handlers given to the functions,
# and the functions as built-ins that a class attribute does not bind.
import _codecs


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(f.__name__, ascii(args), '->', ascii(r))


class Writer:
    encode = _codecs.utf_8_encode
    decode = _codecs.utf_8_decode


w = Writer()
print(ascii(w.encode('h\xe9', 'strict')), ascii(w.decode(b'h\xc3\xa9', 'strict', True)))
print(type(_codecs.utf_7_encode).__name__, _codecs.utf_32_decode.__name__)

for s in ['a+b', 'A\u20acB', '\U000104a0', '\ud801x', '~\\', 'a-b\u0100-', '', ' \t\r\n!']:
    show(_codecs.utf_7_encode, s)
for raw in [b'a+-b', b'+2AHcoA-', b'+IKzYAdyg', b'a+IK-b', b'a+IKwgr,-b', b'a+2AE-b', b'a+2AE\xffb',
            b'a+@b', b'\xffb', b'a+/,+IKw-b', b'a+IKw']:
    for errors in ('strict', 'replace', 'backslashreplace'):
        show(_codecs.utf_7_decode, raw, errors, True)
    show(_codecs.utf_7_decode, raw, 'strict', False)

for s in ['a\u20ac\U00010000', 'a\udc80b', '\udc00\ud800']:
    for errors in ('strict', 'replace', 'surrogatepass', 'backslashreplace', 'ignore'):
        show(_codecs.utf_32_encode, s, errors)
        show(_codecs.utf_32_be_encode, s, errors)
        show(_codecs.utf_16_le_encode, s, errors)
        show(_codecs.utf_16_encode, s, errors, 0)
for raw in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xffa', b'a\x00\x00\x00b\x00', b'\x00\xd8\x00\x00',
            b'\x00\x00\x11\x00']:
    for errors in ('strict', 'replace', 'surrogatepass', 'surrogateescape'):
        show(_codecs.utf_32_decode, raw, errors, True)
        show(_codecs.utf_32_le_decode, raw, errors, False)
    show(_codecs.utf_32_ex_decode, raw, 'strict', 0, False)
for raw in [b'\x00\xd8a\x00', b'\x00\xdca\x00', b'a\x00\x00\xd8', b'a\x00\x00', b'\xfe\xff\x00a\xd8',
            b'\x00\xd8\x00\xd8\x00\xdc', b'\xff\xfe\x00\xdc']:
    for final in (True, False):
        show(_codecs.utf_16_le_decode, raw, 'strict', final)
        show(_codecs.utf_16_decode, raw, 'replace', final)
    show(_codecs.utf_16_ex_decode, raw, 'surrogatepass', 0, True)

for raw in [b'a\xc3', b'a\xed\xa0', b'a\xe0\x80', b'\xc0', b'a\xf0\x90\x80', b'\xed\xa0\x80x']:
    for errors in ('strict', 'surrogateescape', 'surrogatepass', 'backslashreplace'):
        show(_codecs.utf_8_decode, raw, errors, False)
        show(_codecs.utf_8_decode, raw, errors, True)
for s in ['a\udc80\udcffb', 'a\udc80\ud800b', 'a\xe9\u20ac']:
    for errors in ('surrogateescape', 'xmlcharrefreplace', 'backslashreplace', 'namereplace'):
        show(_codecs.ascii_encode, s, errors)
        show(_codecs.latin_1_encode, s, errors)
        show(_codecs.utf_8_encode, s, errors)
show(_codecs.readbuffer_encode, bytearray(b'spam'))
show(_codecs.readbuffer_encode, 'sp\xe9m')
# the standard error handlers are built-in functions, as CPython's
print(_codecs.lookup_error('strict'), _codecs.lookup_error('ignore'), _codecs.lookup_error('xmlcharrefreplace'))
_codecs.register_error('regr_question', lambda e: ('?', e.end))
print(_codecs.lookup_error('regr_question').__name__, ascii(_codecs.ascii_decode(b'a\xffb', 'regr_question')))
