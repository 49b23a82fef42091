a = 'a' 'b'
b = 'x' "y" '''z'''
c = ('multi'
     'line'
     'concat')
d = u'u' 'plain'
e = 'plain' u'u'
f = b'a' b'b'
