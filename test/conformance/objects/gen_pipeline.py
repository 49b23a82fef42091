# Chained generators forming a pipeline.
def read(lines):
    for ln in lines:
        yield ln
def strip(it):
    for s in it:
        yield s.strip()
def nonempty(it):
    for s in it:
        if s:
            yield s
def numbered(it):
    for i, s in enumerate(it, 1):
        yield f'{i}: {s}'
data = ['  alpha ', '', 'beta', '   ', ' gamma']
for row in numbered(nonempty(strip(read(data)))):
    print(row)
