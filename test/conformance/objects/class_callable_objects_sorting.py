# Sorting instances by __lt__ only, with key functions, and stability checks.
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, o):
        return self.pri < o.pri
    def __repr__(self):
        return f'{self.name}:{self.pri}'
tasks = [Task(2, 'b'), Task(1, 'a'), Task(2, 'c'), Task(0, 'z'), Task(1, 'y')]
print(sorted(tasks), sorted(tasks, reverse=True), min(tasks), max(tasks))
print(sorted(tasks, key=lambda t: t.name), sorted(tasks, key=lambda t: (t.pri, t.name)))
tasks.sort()
print(tasks)
