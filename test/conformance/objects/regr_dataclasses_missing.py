# dataclasses.MISSING and KW_ONLY are instances of the module's _MISSING_TYPE / _KW_ONLY_TYPE:
# isinstance() of MISSING crashed pyvm (CPython's test_dataclasses, at unittest's test loading).
import dataclasses
from dataclasses import dataclass, field, fields, MISSING, KW_ONLY
print(isinstance(MISSING, type), type(MISSING).__name__, type(MISSING).__module__, type(MISSING) is dataclasses._MISSING_TYPE)
print(type(KW_ONLY) is dataclasses._KW_ONLY_TYPE, isinstance(KW_ONLY, dataclasses._KW_ONLY_TYPE))
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object at 0x'))
@dataclass
class C:
    x: int
    y: int = 2
for f in fields(C):
    print(f.name, f.default is MISSING, f.default_factory is MISSING, isinstance(f.default, dataclasses._MISSING_TYPE))
print(MISSING == MISSING, MISSING is not None, bool(MISSING), hash(MISSING) == hash(MISSING))
print(sorted(n for n in dir(MISSING) if not n.startswith('__')))
