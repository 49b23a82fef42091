# any and all with short-circuit on generators.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any('ab'), all(''))
def gen():
    for i in range(10):
        print('yield', i)
        yield i
print(any(x > 2 for x in gen()))
print(all(x < 1 for x in gen()))
print(any([None, '', [1]]), all([[], 1]))
