# textwrap: wrap/fill/shorten with TextWrapper's options (hyphen and em-dash breaking, long
# words, max_lines and placeholder, sentence endings, tabs), dedent and indent; random texts
# compared line for line.
import textwrap
import random

s = ("The quick brown fox jumps over the lazy dog. A well-known state-of-the-art "
     "e-mail client--or so they say--breaks   words at hyphens.\tTabs\tand\nnewlines too.")
for width in [1, 5, 10, 17, 30, 70]:
    print(width, textwrap.wrap(s, width))
print(textwrap.fill(s, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 20, break_on_hyphens=False))
print(textwrap.wrap(s, 8, break_long_words=False))
print(textwrap.wrap(s, 20, drop_whitespace=False))
print(textwrap.wrap(s, 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(s, 20, tabsize=3))
print(textwrap.wrap(s, 20, fix_sentence_endings=True))
print(textwrap.wrap(s, 20, max_lines=2))
print(textwrap.wrap(s, 20, max_lines=3, placeholder=' ~'))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
for bad in [0, -1]:
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.shorten('a b c d', 3)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.TextWrapper(nope=1)
except TypeError as e:
    print('TypeError', e)
print(textwrap.wrap(''), textwrap.fill(''), textwrap.wrap('   '))
w = textwrap.TextWrapper(width=12)
print(w.width, w.placeholder, w.max_lines, w.tabsize, sorted(textwrap.__all__))
w.width = 6
print(w.wrap('abcdefghijklmnop qr'))
print(repr(textwrap.dedent('''\
    def f():
        return 1
      \t
    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent(' \t x\n \t y\n  z')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\n\nb\n', '+ ', lambda line: True)))

rng = random.Random(2024)
vocab = ['the', 'quick', 'brown', 'dog.', 'Hello,', 'world!', 'well-known', 'state-of-the-art',
         'e-mail', 'x-y', 'a-b-c', 'co-op--era', 'foo--bar', '--', '---', 'end--', '--start',
         '1-2', 'ab-12', 'über-cool', 'naïve', '_under_score-x', 'supercalifragilisticexpialidocious',
         'Mr.', 'ok?', '"quoted."', "it's", 'a', '\t', '\n', '  ', '-', 'a-', '-b', 'x--y--z',
         'x1-y2', 'abc-def-ghi-jkl', 'e.g.', '!!--??', 'a.--b', '\xa0', 'tab\there']
for i in range(150):
    t = ''.join(rng.choice(vocab) + rng.choice([' ', ' ', '  ', '\t', '\n', ''])
                for _ in range(rng.randint(0, 25)))
    kw = {}
    for name in ['break_on_hyphens', 'break_long_words', 'drop_whitespace', 'replace_whitespace',
                 'expand_tabs']:
        if rng.random() < 0.2:
            kw[name] = False
    if rng.random() < 0.2:
        kw['fix_sentence_endings'] = True
    if rng.random() < 0.2:
        kw['initial_indent'] = '* '
    if rng.random() < 0.2:
        kw['subsequent_indent'] = '    '
    if rng.random() < 0.25:
        kw['max_lines'] = rng.randint(1, 4)
    try:
        r = textwrap.wrap(t, rng.randint(1, 30), **kw)
    except ValueError as e:
        r = 'ValueError: %s' % e
    print(i, r)
alpha = 'aab1--- ._é"!\t\nZ'
for i in range(150):
    t = ''.join(rng.choice(alpha) for _ in range(rng.randint(0, 25)))
    print(textwrap.wrap(t, rng.randint(1, 10), fix_sentence_endings=rng.random() < 0.3))
