# Three levels of nesting and cells shared between sibling closures.
def a():
    v = 1
    def b():
        def c():
            return v + 1
        return c
    return b()()
print(a())
def pair():
    val = []
    def put(x):
        val.append(x)
    def get():
        return list(val)
    return put, get
put, get = pair()
put(1)
put(2)
print(get())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), adder(-1)(1), add5.__closure__[0].cell_contents)
