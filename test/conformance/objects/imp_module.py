# The _imp module (the import system's native helpers), as pyvm provides it: the answers that do
# not depend on how CPython was built.
import _imp
print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('nope'), _imp.is_frozen('nope'), _imp.lock_held(), _imp.check_hash_based_pycs)
try:
    _imp.release_lock()
except RuntimeError as e:
    print(type(e).__name__, e)
_imp.acquire_lock(); print(_imp.lock_held()); _imp.release_lock(); print(_imp.lock_held())
try:
    _imp.is_builtin(3)
except TypeError as e:
    print(e)
# test.support.import_helper.frozen_modules() calls this around a fresh import.
print(_imp._override_frozen_modules_for_tests(1), _imp._override_frozen_modules_for_tests(0))
try:
    _imp._override_frozen_modules_for_tests('x')
except TypeError as e:
    print('TypeError', e)
