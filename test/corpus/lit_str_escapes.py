a = '\n\t\r\\'
b = '\x41\x7f\xff'
c = '\u00e9\u2603'
d = '\U0001F600'
e = '\0\07\101\777'
f = '\a\b\f\v'
g = 'line\
continued'
h = '\q \d'
