# yield from delegates iteration, send and throw to a subgenerator.
def sub():
    x = yield 'sub ready'
    print('sub received', x)
    try:
        yield 'sub second'
    except KeyError:
        print('sub caught KeyError')
        yield 'sub handled'
    return 'sub done'
def main():
    result = yield from sub()
    yield 'main got ' + result
m = main()
print(next(m))
print(m.send('hello'))
print(m.throw(KeyError))
print(next(m))
print(list(m))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * x for x in range(3)))))
