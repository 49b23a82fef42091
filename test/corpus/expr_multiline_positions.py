x = (
    a +
    b
)
y = f(
    1,
    2,
)
z = [
    i
    for i in range(3)
]
w = a.b(
).c
