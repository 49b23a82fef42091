class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty stack')
        return self.items.pop()

    def __len__(self):
        return len(self.items)

s = Stack()
s.push(1)
print(len(s), s.pop())
