# Uncaught exception raised inside a method of a builtin called from Python.
data = [3, 1, 2]
data.sort()
print(data)
print(data.index(3))
data.index(99)
