# A namedtuple's __module__ is its caller's module (session 20 C; pyvm said __main__), so it
# prints and pickles by reference from there; module= overrides.
import copy
from collections import namedtuple

import _regr_collections_nt_home as home

Here = namedtuple('Here', 'x')
print(home.Pair.__module__, home.Named.__module__, home.make().__module__, Here.__module__)
print(home.Pair, home.Named, Here)
p = home.Pair(1, [2])
print(copy.deepcopy(p) == p, type(copy.copy(p)) is home.Pair)
