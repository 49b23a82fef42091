a.b
a.b.c.d
a().b
(a).b
a[0].b
'str'.join(x)
1 .real
