a  =  1
b	=	2
c =(3)
d= [ 4 ]
e = f (5)
g = h [6]
i = j . k
