max(x for x in y)
f(x for x in y)(z)
set(x for x in y if x for w in x)
