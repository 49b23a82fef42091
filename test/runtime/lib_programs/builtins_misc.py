# builtins over user classes: sorted/min/max with key, __lt__, __len__, __iter__, __index__ ...
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
    def __repr__(self):
        return f"Card({self.rank}, {self.suit!r})"
cards = [Card(3, 's'), Card(1, 'h'), Card(3, 'c'), Card(2, 'd')]
print(sorted(cards), min(cards), max(cards), sorted(cards, key=lambda c: c.suit, reverse=True))
class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
b = Bag(5, 3, 9)
print(len(b), sum(b), max(b), sorted(b), 3 in b, list(enumerate(b, 1)), list(zip(b, 'abc')), any(b), all(b))
class Idx:
    def __index__(self): return 3
print(hex(Idx()), bin(Idx()), 'abcdef'[Idx()], [0, 1, 2, 3, 4][Idx()], range(10)[Idx()])
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, '', 'a'])), list(reversed([1, 2, 3])))
print(divmod(17, 5), divmod(-17, 5), pow(3, 200, 1000), pow(2, -2), round(7.5), round(8.5), round(-1.25, 1), abs(-7))
print(isinstance(True, int), issubclass(bool, (str, int)), callable(Card), callable(cards[0]), getattr(b, 'nope', 'dflt'))
print(chr(9731), ord('€'), ascii('naïve'), repr('it\'s "q"'), int('  0b101 ', 0), float(' -1e3 '), complex('2-3j'))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
print(sorted({'b': 1, 'a': 2}.items()), dict(zip('ab', [1, 2])), list(range(10, 0, -3)), sum([0.1] * 3), sum(range(101)))
print(min([], default='none'), max(3, 7, key=lambda v: -v), sorted(['b', 'A', 'c'], key=str.lower))
print(int(2.9), int(-2.9), int('ff', 16), float(10**20), 10**20 / 3, 7 // -2, -7 % 3, 2 ** 0.5, 10 / 4)
print(format(1e16), 1e16, 1.0, 100.0, 0.1 + 0.2, 1/3, 2**100, -2**63, 12345678901234567890 * 98765432109876543210)
print('%.3f' % 2.0005, round(2.675, 2), round(0.5), round(1.5), round(2.5), 3.0 == 3, hash(1.0) == hash(1))
print(str(b'abc'), b'a' + b'b', b'xyz'[1], list(b'hi'), 'héllo'.encode(), b'h\xc3\xa9'.decode())
print('  a  b  '.split(), 'a-b-c'.rsplit('-', 1), 'Hello'.swapcase(), 'hello world'.title(), 'x'.center(5, '*'))
print(', '.join(sorted(['pear', 'apple', 'fig'], key=len)), 'abc' * 2, 'abcabc'.count('bc'), 'abc'.find('z'))
