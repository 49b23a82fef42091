d = {'a': 1}
l = [1, 2]
a = f'{d["a"]}'
b = f'{l[0] + l[1]}'
c = f'{"nested" if l else "no"}'
d2 = f'{[x for x in l]}'
e = f'{(lambda y: y)(1)}'
f = f'{d!r} and {l}'
