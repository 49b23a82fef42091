# __eq__ is used by list.index, count, remove, `in` and dict lookups with equal hashes.
class Tok:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return isinstance(o, Tok) and self.s.lower() == o.s.lower()
    def __hash__(self):
        return hash(self.s.lower())
    def __repr__(self):
        return f'Tok({self.s})'
toks = [Tok('A'), Tok('b'), Tok('a'), Tok('C')]
print(toks.index(Tok('B')), toks.count(Tok('a')), Tok('c') in toks, Tok('z') in toks)
toks.remove(Tok('a'))
print(toks)
d = {Tok('key'): 1}
print(d[Tok('KEY')], Tok('Key') in d, (1, Tok('x')) == (1, Tok('X')), [Tok('q')] == [Tok('Q')])
