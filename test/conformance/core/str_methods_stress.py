# String methods on many generated strings (a fixed LCG), summarised.
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
alphabet = 'ab c,dE\tF.-_1é'
strings = [''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(18))) for _ in range(80)]
for s in strings[:25]:
    print(repr(s), s.split(), s.split(','), s.strip(' .'), s.title(), s.find('c'), s.rfind('a'),
          s.count('a'), s.replace('a', 'AA', 1), s.partition(','), s.upper().isupper(), s.zfill(6))
print(sorted(strings)[:10])
print(sum(len(s) for s in strings), len(set(strings)), max(strings, key=len))
print([s.center(10, '*') for s in strings[25:35]])
print([s.expandtabs(4) for s in strings[35:45] if '\t' in s])
