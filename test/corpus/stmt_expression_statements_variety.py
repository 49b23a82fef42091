x
x.y
x()
x[0]
-x
x if y else z
lambda: 0
[x]
{x}
(x, y)
x, y
*x, y
