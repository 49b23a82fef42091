# An iterator's __reduce__ fetches the builtin iter (or reversed) by a builtins-dict lookup
# (_PyEval_GetBuiltin): a key equal to the name is found through its __eq__, which may
# exhaust the iterator first (its reduce value is then the empty one); a name deleted from
# builtins is AttributeError. pyvm crashed with a JavaScript TypeError.
import builtins

builtins_dict = builtins.__dict__
orig = {'iter': iter, 'reversed': reversed}


class CustomStr:
    def __init__(self, name, iterator):
        self.name = name
        self.iterator = iterator
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        list(self.iterator)
        return other == self.name


def run(name, it):
    del builtins_dict[name]
    builtins_dict[CustomStr(name, it)] = orig[name]
    try:
        return it.__reduce__()
    finally:
        for key, func in orig.items():
            for k in [k for k in builtins_dict if k == key]:
                del builtins_dict[k]
            builtins_dict[key] = func


for item in [[1, 2, 3], (1, 2), [], range(3), {'a': 1}, {5}]:
    r = run('iter', iter(item))
    print(type(item).__name__, r[0] is iter, r[1:])
r = run('reversed', reversed([1, 2, 3]))
print('reversed', r[0] is iter, r[1:])

it = iter([1])
del builtins_dict['iter']
try:
    print(it.__reduce__())
except AttributeError as e:
    print('AttributeError', e)
finally:
    builtins_dict['iter'] = orig['iter']
print(iter([5, 6]).__reduce__()[1:])
