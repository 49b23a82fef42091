# Modules are singletons: state changed through one import is seen through another.
import mod_state
import mod_uses_other
print(mod_state.bump(), mod_uses_other.bump_twice(), mod_state.counter, mod_uses_other.mod_state is mod_state)
print(mod_uses_other.double_area(1))
import sys
print('mod_state' in sys.modules, sys.modules['mod_state'] is mod_state)
