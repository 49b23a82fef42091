# Methods on the class vs instance: functions, bound methods, builtin methods.
class K:
    def m(self):
        return 1
k = K()
print(type(K.m).__name__, type(k.m).__name__, type([].append).__name__, type(len).__name__)
print(type(str.upper).__name__, type('x'.upper).__name__, type(K.__init__).__name__)
print(k.m.__name__, [].append.__name__, K.m.__qualname__)
