# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)
def define():
    global newname
    newname = 'created'
define()
print(newname)
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(outer())
x = 'global'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
