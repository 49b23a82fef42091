# + and * on strings, comparison and ordering.
a = 'ab'
print(a + 'cd', a * 3, 3 * a, a * 0, a * -1, '' * 5)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'z', 'abc' == 'abc')
print(sorted(['pear', 'Apple', 'banana', 'apple']), max('hello'), min('hello'))
s = ''
for i in range(5):
    s += str(i)
print(s)
try:
    'a' + 1
except TypeError as e:
    print(e)
'ab' * 'c'
