# Class attributes as counters, updated through the class.
class Widget:
    created = 0
    def __init__(self):
        Widget.created += 1
        self.id = Widget.created
ws = [Widget() for _ in range(4)]
print(Widget.created, [w.id for w in ws])
class Sub(Widget):
    pass
Sub()
print(Widget.created, Sub.created, 'created' in Sub.__dict__)
