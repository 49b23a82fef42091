f(
    a,
    b=1,
    *c,
    **d,
)
class A(
    B,
    C,
):
    pass
