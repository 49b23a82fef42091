a = b''
b = b'abc'
c = B"xyz"
d = b'\x00\xff\n'
e = b'\''
f = b'''tri
ple'''
g = br'\d'
h = b'\101\7'
