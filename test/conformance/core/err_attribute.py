# AttributeError messages on builtins, instances, classes and modules.
import math
class C:
    pass
cases = [lambda: (1).foo, lambda: 'x'.bar, lambda: [].push, lambda: None.attr, lambda: C().missing,
         lambda: C.missing, lambda: math.nope, lambda: {}.has_key]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    'abc'.upper = None
except AttributeError as e:
    print(e)
C().x
