def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]
print([f(10) for f in make_adders(4)])
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(outer())
print({x: [y for y in range(x)] for x in range(4)})
print(sorted({c for c in 'mississippi'}), list(zip(*[(1, 'a'), (2, 'b')])))
gen = ((x, y) for x in range(3) for y in range(x))
print(list(gen))
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
