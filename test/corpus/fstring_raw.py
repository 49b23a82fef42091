x = 1
a = rf'\n{x}'
b = fr'{x}\d'
c = Rf'{x}'
d = fR'{x}'
