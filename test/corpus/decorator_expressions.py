@a.b
@a.b()
@a[0]
@a if b else c
@(yield_)
@f(x)(y)
def g(): pass
