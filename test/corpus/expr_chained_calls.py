a.b(c).d[e](f).g
x = obj.method(1)[2].attr(key=3)
