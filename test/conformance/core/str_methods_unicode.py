# str methods on non-ASCII text.
s = 'Ünïcödé Straße ΑΒΓ'
print(s.lower(), s.upper(), s.casefold(), s.swapcase(), len(s))
print(s.split(), s.find('ö'), s.replace('ß', 'ss'), s[::-1])
print('ﬁ'.upper(), 'İ'.lower().encode('utf-8'), 'ǆ'.title(), 'ΣΑΣ'.lower())
