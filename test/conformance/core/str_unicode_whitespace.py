# Unicode whitespace and line boundaries in split, strip, splitlines and isspace.
s = 'a\u3000b\u00a0c\u2003d\x1ce\x85f'
print(s.split(), repr('\u3000 x \u2003'.strip()), '\u00a0'.isspace(), '\u200b'.isspace(), '\x1f'.isspace())
print('one\x0btwo\x0cthree\x1cfour\u2028five\u2029six\x85seven\r\neight\rnine'.splitlines())
print(repr('\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0'.strip()), len(' \u2000\u200a\u202f\u205f '.strip()))
print('x\u2028y'.split('\n'), 'x\u2028y'.split(), 'a\r\nb'.split('\n'))
