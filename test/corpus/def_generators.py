def gen():
    for i in range(3):
        yield i
    yield from other()
    return 'done'
