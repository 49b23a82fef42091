# del on names, items, slices and attributes.
x = 5
del x
try:
    x
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, 'attr'))
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
del undefined_name
