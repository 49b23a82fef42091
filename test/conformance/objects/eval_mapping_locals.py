# eval() with a mapping as locals (CPython test_builtin test_general_eval): dir() takes the
# mapping's keys() (a non-iterable result is a TypeError), a dict subclass's own keys(); eval's
# own words for bad globals and locals, the locals checked first.
import collections
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = globals()
print(eval('a', g, m))
try: eval('b', g, m)
except NameError as e: print('NameError', e)
print(eval('dir()', g, m))
print(eval('globals()', g, m) is g, eval('locals()', g, m) is m)
try: eval('a', m)
except TypeError as e: print('TypeError', e)
class A: pass
try: eval('a', g, A())
except TypeError as e: print('TypeError', e)
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
print(eval('a', g, d))
try: eval('b', g, d)
except NameError as e: print('NameError', e)
print(eval('dir()', g, d), eval('locals()', g, d) is d)
class C:
    def __getitem__(self, item):
        raise KeyError(item)
    def keys(self):
        return 1
try: eval('dir()', globals(), C())
except TypeError as e: print('TypeError', e)
