# Instances of int/str/float/tuple subclasses used where builtins expect the base type.
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyFloat(float):
    pass
class MyTuple(tuple):
    pass
i, s, f, t = MyInt(2), MyStr('k'), MyFloat(0.5), MyTuple((1, 2))
d = {2: 'two', 'k': 'kay', 0.5: 'half', (1, 2): 'pair'}
print(d[i], d[s], d[f], d[t], i in {2}, s in {'k'}, t in {(1, 2)})
e = {i: 'I', s: 'S'}
print(e[2], e['k'], [10, 20, 30][i], 'abc'[i], list(range(i)), 'x' * i, '%d %s %r' % (i, s, f))
print('-'.join([s, MyStr('z')]), sorted([MyInt(3), 1, MyInt(2)]), max(MyFloat(1.5), 1), round(MyFloat(2.5)), abs(MyInt(-4)))
print(type(i + 1).__name__, type(s + 'x').__name__, type(f * 2).__name__, type(t + (3,)).__name__, type(-i).__name__)
print(i == 2, s == 'k', hash(i) == hash(2), hash(s) == hash('k'), f'{i:03d}|{s:>3}|{f:.2f}')
