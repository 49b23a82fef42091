# Escape sequences in literals, raw strings, unicode names.
print('tab:\t|', 'bs:\\', 'q:\'', 'dq:\"', 'oct:\101', 'hex:\x41', 'u:\u00e9', 'U:\U0001F600')
print(r'raw\n\t', len('\n'), len(r'\n'), '\N{GREEK SMALL LETTER ALPHA}', '\N{SNOWMAN}')
print(repr('\a\b\f\v\0'), 'line1\
 continued')
print("""triple "quoted" 'string'
with newline""")
print('abc' 'def', 'x' \
      'y')
