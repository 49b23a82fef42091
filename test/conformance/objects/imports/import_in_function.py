# import inside a function binds a local name.
def use():
    import mod_geometry as mg
    from mod_state import bump
    return mg.area(1), bump()
print(use())
try:
    mg
except NameError as e:
    print(e)
import mod_state
print(mod_state.counter)
