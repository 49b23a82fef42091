# re on buffers other than bytes: an array.array subject (test_re's test_empty_array), and a
# bytearray changed after the match: group() slices its current bytes (test_bug_29444).
import re, array
s = bytearray(b'abcdefgh')
m = re.search(b'[a-h]+', s)
m2 = re.search(b'[e-h]+', s)
print(m.group(), m2.group(), m.string is s)
s[:] = b'xyz'
print(m.group(), m2.group(), m.span(), m2.groups())
for typecode in 'bBuhHiIlLfd':
    a = array.array(typecode)
    print(typecode, re.compile(b"bla").match(a), re.compile(b"").match(a).groups())
a = array.array('b', b'xxabcx')
m = re.search(b'(a)(b)c', a)
print(m.span(), m.groups(), re.findall(b'x', a), re.sub(b'x', b'-', a), re.split(b'a', a))
print(re.search(b'ab', memoryview(b'zab')).group())
for bad in (lambda: re.search('a', array.array('b', b'a')), lambda: re.search(b'a', 5), lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a')):
    try: bad()
    except TypeError as e: print(e)
