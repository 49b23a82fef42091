# Helper module for the import programs (not a program itself).
PI = 3.14159
_private = 'hidden'
def area(r):
    return PI * r * r
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
print('mod_geometry loaded, __name__ =', __name__)
