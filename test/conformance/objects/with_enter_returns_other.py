# __enter__ can return any object; `as` binds that, not the manager.
class Opener:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return [self.name, 'opened']
    def __exit__(self, *a):
        print('closing', self.name)
with Opener('f1') as handle:
    print(handle, type(handle).__name__)
with Opener('f2') as (name, state):
    print(name, state)
