# str case methods.
s = 'hello World, pyTHON 3.11!'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('ß'.upper(), 'ǅ'.lower(), 'İ'.lower() == 'i̇')
print('abc'.isupper(), 'ABC'.isupper(), 'Abc Def'.istitle(), 'abc'.islower())
