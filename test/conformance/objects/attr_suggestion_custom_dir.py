# The candidates come from the object's own __dir__, sorted; an instance's
# suggestion ignores names its __dir__ leaves out.
class Robot:
    def walk(self):
        return 'walking'

    def __dir__(self):
        return ['wave', 'walk_fast']

r = Robot()
print(dir(r), r.walk())
r.wlk
