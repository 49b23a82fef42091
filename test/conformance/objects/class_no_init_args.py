# Calling a class with wrong arguments to __init__ and object().
class Pt:
    def __init__(self, x, y):
        self.x = x
for call in (lambda: Pt(1), lambda: Pt(1, 2, 3), lambda: Pt(1, z=2), lambda: object(1)):
    try:
        call()
    except TypeError as e:
        print(e)
class NoInit:
    pass
NoInit(5)
