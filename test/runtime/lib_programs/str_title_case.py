# str.title() and str.capitalize() on every character whose title case is not its upper
# case (runtime/unicode_title.ts), and on words around them.
import sys

specials = [c for c in map(chr, range(sys.maxunicode + 1)) if c.title() != c.upper()]
print(len(specials))
for c in specials:
    print(hex(ord(c)), [c.title(), c.capitalize(), (c + 'ab').capitalize(), ('x' + c).title()])

words = ['ﬁsh', 'ﬂoor ﬁeld', 'ǆungla', 'ǉubav ǌegoš', 'ßtraße', 'ᾳδη', 'ﬓ', 'ﬀ-ﬃ', 'hello WORLD', 'aB cD',
         "they're bill's", 'ΐ', 'ǅ', 'Ǆ', '𐐨𐐩 𐐨', 'a\U0001D400b', 'ᏸᏹ']
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.upper()), repr(w.swapcase()))
