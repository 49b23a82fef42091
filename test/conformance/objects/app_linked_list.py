# A linked list class with __iter__, __len__, __repr__, __contains__ and reversal.
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val, self.next = val, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3, 'four'])
print(ll, len(ll), 3 in ll, 5 in ll)
ll.reverse()
print(ll, list(ll), [x * 2 for x in ll])
