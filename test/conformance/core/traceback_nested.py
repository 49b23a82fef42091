# Uncaught exception deep in calls: the traceback lists every frame.
def level3(v):
    return 10 / v
def level2(v):
    return level3(v - 1) + 1
def level1():
    return level2(1)
print('start')
level1()
