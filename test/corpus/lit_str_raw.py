a = r'\n'
b = R'\d+'
c = r'''\x'''
d = r"\""
e = rb'\x00'
f = Rb'x'
g = bR'\n'
h = BR'y'
