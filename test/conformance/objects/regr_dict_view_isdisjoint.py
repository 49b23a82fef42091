# dict_keys.isdisjoint and dict_items.isdisjoint (dictviews_isdisjoint): any iterable, a larger set
# or view asked for the view's members instead; unhashable items of an items view are fine.
d = {'a': 1, 'b': 2, 3: 4}
k = d.keys(); it = d.items()
for other in [[], ['a'], ['z'], {'b'}, {'x', 'y', 'z', 'w'}, {'x', 'y', 'z', 'a'}, {}.keys(), {'a': 0}.keys(), k, it, [('a', 1)], [('a', 2)], {('b', 2), 1, 2, 3, 4}, 'ab', 'zz', iter([3])]:
    print(k.isdisjoint(other), it.isdisjoint(other))
print({}.keys().isdisjoint({}.keys()), {}.items().isdisjoint([]))
for bad in [1, None]:
    try:
        k.isdisjoint(bad)
    except TypeError as e:
        print(e)
try:
    it.isdisjoint([[1]])
except TypeError as e:
    print('items', e)
try:
    k.isdisjoint([[1]])
except TypeError as e:
    print('keys', e)
try:
    k.isdisjoint()
except TypeError as e:
    print(e)
print(hasattr({}.values(), 'isdisjoint'))
class Big(set): pass
print(k.isdisjoint(Big(['q', 'r', 's', 'a', 't'])))
