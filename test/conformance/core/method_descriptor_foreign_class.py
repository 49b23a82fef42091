# A built-in method stored as another class's attribute (C.append = list.append): the call
# through an instance checks self's type, whatever the number of arguments, and a subclass
# of the method's own type takes it as its own.
class C:
    append = list.append
    get = dict.get
    pop = list.pop
    join = str.join
    split = str.split

def report(f, *args):
    try:
        print(f(*args))
    except TypeError as e:
        print('TypeError:', e)

c = C()
report(lambda: c.append(1))
report(lambda: c.get('a'))
report(lambda: c.get('a', 2))
report(lambda: c.pop())
report(lambda: c.join(['a', 'b']))
report(lambda: c.split(',', 1))

def arg(x):
    print('argument evaluated', x)
    return x
report(lambda: c.append(arg(5)))

class L(list):
    pass
class D(dict):
    pass
class S(str):
    pass
l = L([1])
l.append(2)
print(l, l.pop(), l.pop(0), l)
d = D(a=1)
print(d.get('a'), d.get('b', 3))
print(S('-').join(['x', 'y']), S('a,b').split(','))
print(list.append(l, 7), l, dict.get(d, 'a'))
report(lambda: list.append(d, 1))
