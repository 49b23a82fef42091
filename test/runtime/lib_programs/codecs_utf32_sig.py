# Session 15 (L) against CPython 3.11: utf-8-sig and utf-32 (-le, -be) in str.encode / bytes.decode (they
# needed CPython's encodings package on PYTHONPATH), and utf-8 encoding of lone surrogates with the
# ignore, replace, backslashreplace and xmlcharrefreplace handlers (it wrote U+FFFD's bytes).
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, e.args if isinstance(e, UnicodeError) else '')

texts = ['', 'a', 'héllo', 'x\U0001F600y', '\u20ac\x00\uffff', '\ufeffbom']
for enc in ['utf-32', 'utf-32-le', 'utf-32-be', 'UTF32', 'u32', 'utf_32_le', 'utf-32be', 'utf-8-sig', 'UTF_8_SIG']:
    for t in texts:
        b = t.encode(enc)
        print(enc, repr(t), b, b.decode(enc) == t, bytearray(b).decode(enc) == t)
cases = [b'\xef\xbb\xbfa\xff', b'a\xff', b'\xef\xbb', b'\xef\xbb\xbf', b'\xef\xbb\xbf\xef\xbb\xbfz', b'a\x00\x00',
         b'a\x00\x00\x00\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\xff\xfe\x00\x00a\x00\x00\x00',
         b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00b', b'\xff\xfe\x00\x00a\x00\x00',
         b'\x00\x00\xfe\xff\x00\x00\x00', b'\x00\x00\x11\x00\x00', b'\x00\x00\x00\xd8\x00\x11\x00\x00a\x00\x00\x00',
         b'\xff\xff\xff\xff', b'\xfe\xff\x00\x00']
for enc in ['utf-8-sig', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for c in cases:
        for er in ['strict', 'ignore', 'replace'] + (['backslashreplace'] if enc != 'utf-8-sig' else []):
            attempt(f'{enc} {c!r} {er}', lambda: c.decode(enc, er))
for enc in ['utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
    for er in ['strict', 'ignore', 'replace']:
        attempt(f'enc {enc} {er}', lambda: 'a\ud800b'.encode(enc, er))
attempt('lookup', lambda: 'a'.encode('utf8sig'))
attempt('lookup2', lambda: b'a'.decode('utf32le'))
print(str(b'a\x00\x00\x00', 'utf-32-le'), str(b'\xef\xbb\xbfq', encoding='utf-8-sig'))
for er in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    attempt(f'utf-8 {er}', lambda: 'a\ud800b\udfff\U0001F600'.encode('utf-8', er))
    attempt(f'utf-8 {er} 2', lambda: ('\udc80' * 3 + 'x' * 300).encode('utf-8', er)[:12])
