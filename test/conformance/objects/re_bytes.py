# re on bytes: bytes patterns and subjects (bytearray too), ASCII classes and case folding, flags, templates, the str/bytes mismatch errors.
import re
for a in [(b'a', 1, b'a'), (b'a', 'x', b'a'), ('a', b'x', 'a')]:
    try: re.sub(*a)
    except Exception as e: print(type(e).__name__, e)
print(re.sub(b'(a)', br'<\1\n>', b'bab'), re.findall(b'(?i)[a-z]', b'aB\xe9'), re.split(rb'\s', b'a b\xa0c'), re.search(b'\\w+', b'caf\xe9'))
print(re.compile(b'(?a)x').flags, re.compile(b'x', re.A).flags)
m=re.search(b'b+', bytearray(b'abbc')); print(m, m.group(), type(m.string))
print(re.compile(b'a+b'), re.findall(b'(a)(b)?', b'ab a'), re.escape(b'a.b'))
try: re.compile(b'(a')
except re.error as e: print(e, e.pattern)
