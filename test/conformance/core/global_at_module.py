# global statement at module level is allowed and harmless; module-level names.
global g
g = 1
def read():
    return g
def write(v):
    global g
    g = v
write(5)
print(read(), g, __name__)
