class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
def run():
    p = Vec(0, 0)
    q = Vec(1, 2)
    s = 0
    for i in range(150000):
        p = p.add(q)
        s += p.dot(q)
    return s
print(run())
