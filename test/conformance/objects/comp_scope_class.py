# Comprehensions in a class body cannot see class variables except the first iterable.
class C:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        err = str(e)
print(C.scaled, C.err)
