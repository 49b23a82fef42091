# Assigning anywhere in a function makes a name local: UnboundLocalError.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())
def g():
    del y
    y = 1
def h():
    print(z)
    z = 1
h()
