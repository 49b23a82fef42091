# Exceptions in loops, functions and cleanup order across frames.
order = []
def inner():
    try:
        order.append('inner try')
        raise ValueError('deep')
    finally:
        order.append('inner finally')
def outer():
    try:
        inner()
    except ValueError as e:
        order.append('outer except ' + str(e))
    finally:
        order.append('outer finally')
outer()
print(order)
