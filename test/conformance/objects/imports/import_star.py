# from m import * honours __all__.
from mod_all import *
print(public(), Also.__name__)
try:
    not_exported()
except NameError as e:
    print(e)
from mod_geometry import *
print(PI, area(1))
try:
    _private
except NameError as e:
    print(e)
