# repr of strings: quotes, escapes, non-printable and unicode characters.
for s in ('plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x07\x7f',
          'é✓', '\u200b', '\U0001f40d', '\\', '\r', '\x9f', '\ud800' if False else 'x'):
    print(repr(s))
print(str('a\nb'))
print(['a', "b'", 'c"'])
