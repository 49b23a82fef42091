# Item indices past ssize_t: IndexError "cannot fit ..." for every sequence (range and list.pop have their own).
import collections
for t in ['[1][10**20]','(1,)[-10**20]','b"a"[10**20]','bytearray(b"a")[10**20]','collections.deque([1])[10**20]','[1][2**62]','range(5)[10**20]','memoryview(b"a")[10**20]', '[1].pop(10**20)', '[1].__setitem__(10**20, 1)', 'x=[1]; del x[10**20]', '"abc"[10**20]', 'bytearray(b"a").__setitem__(10**20, 1)']:
    try:
        exec(t)
    except Exception as e:
        print(t, '->', type(e).__name__, e)
