f()
1
'docstring-like'
a.b
x + y
