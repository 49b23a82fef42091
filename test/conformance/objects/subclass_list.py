# Subclassing list: extra methods, overridden append, list operations still work.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return 'Stack(' + list.__repr__(self) + ')'
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, sorted(Stack([3, 1, 2])), s == [1, 2])
class Loud(list):
    def append(self, x):
        print('append', x)
        super().append(x)
l = Loud()
l.append(5)
l.extend([6])
print(l)
