# reversed() uses __reversed__ or __len__ + __getitem__.
class Word:
    def __init__(self, s):
        self.s = s
    def __len__(self):
        return len(self.s)
    def __getitem__(self, i):
        return self.s[i]
class Custom:
    def __reversed__(self):
        return iter('custom reversed')
print(''.join(reversed(Word('hello'))), ''.join(reversed(Custom())), list(reversed(range(3))))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(e)
