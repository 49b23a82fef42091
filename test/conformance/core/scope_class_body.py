# Names in a class body are not visible in methods; class body runs once.
x = 'module x'
class C:
    x = 'class x'
    print('class body sees', x)
    y = x.upper()
    def method(self):
        return x
    items = [x for _ in range(2)]
print(C().method(), C.y, C.items)
