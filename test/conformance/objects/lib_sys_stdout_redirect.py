# Replacing sys.stdout temporarily with an object that has write().
import sys
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        pass
old = sys.stdout
cap = Capture()
sys.stdout = cap
print('captured line')
print('second', 2)
sys.stdout = old
print('restored; captured:', cap.data)
print(sys.stdout is old, sys.__stdout__ is not None)
