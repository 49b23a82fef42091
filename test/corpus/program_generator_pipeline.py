def read(lines):
    for line in lines:
        yield line.strip()

def nonempty(it):
    return (x for x in it if x)

def upper(it):
    yield from (x.upper() for x in it)

print(list(upper(nonempty(read([' a ', '', 'b'])))))
