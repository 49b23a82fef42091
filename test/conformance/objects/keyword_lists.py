# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for w in ['if', 'match', 'case', '_', 'print', 'None', 'none', 'async', 'await', 'type', '', 'True', 'lambda']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(3), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
print([w for w in keyword.kwlist if w[0].isupper()])
