# A class implementing a file-like writer used with `with` and print(file=...).
class Buffer:
    def __init__(self):
        self.parts = []
        self.closed = False
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.closed = True
with Buffer() as buf:
    print('hello', 'world', file=buf)
    print(1, 2, 3, sep='-', end='!', file=buf)
print(repr(''.join(buf.parts)), buf.closed)
