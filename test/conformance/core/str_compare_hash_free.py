# String equality and identity-independent behaviour.
a = 'hello'
b = ''.join(['he', 'llo'])
print(a == b, a != b, a < b, len({a: 1, b: 2}), {a: 1, b: 2})
print('a' * 3 == 'aaa', 'abc'[1:] == 'bc', 'Z' < 'a', 'apple' < 'apricot', '' < 'a')
print(sorted(['b', 'A', 'a', 'B', '_', '1']))
words = ['Charlie', 'alpha', 'Bravo']
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
