# Helper module that imports another helper module.
import mod_state
from mod_geometry import area
def bump_twice():
    mod_state.bump()
    return mod_state.bump()
def double_area(r):
    return 2 * area(r)
