# bytes and bytearray iterators pickle and copy as CPython's striter_reduce/setstate:
# (iter, (seq,), index) while they have their object, (iter, ((),)) once next() met the end;
# bytearray itself reduces as bytearray_reduce_ex (deepcopy of a bytearray or its iterator).
import copy

for seq in (b'abc', bytearray(b'xy'), b''):
    it = iter(seq)
    print(type(it).__name__, it.__reduce__())
    for _ in range(min(1, len(seq))):
        next(it)
    print(it.__reduce__())
    c = copy.copy(it)
    print(list(c), list(it))
    print(it.__reduce__(), it.__length_hint__())
    it3 = iter(seq)
    next(it3, None)
    print(list(copy.copy(it3)), list(copy.deepcopy(it3)))
    for k in (2, -5, 99):
        it5 = iter(seq)
        it5.__setstate__(k)
        print(k, list(it5), it5.__length_hint__())
    done = iter(seq)
    list(done)
    done.__setstate__(0)
    print(list(done), done.__reduce__())
    try:
        iter(seq).__setstate__('1')
    except TypeError as e:
        print('TypeError', e)
b = bytearray(b"x\xffy")
print(b.__reduce_ex__(4))
print(b.__reduce_ex__(2))
print(b.__reduce__())
print(copy.deepcopy(b), copy.copy(b))
class B(bytearray):
    pass
c = B(b"ab")
c.tag = 5
r = c.__reduce_ex__(4)
print(r[0].__name__, r[1], r[2])
d = copy.deepcopy(c)
print(type(d).__name__, d, d.tag)
print(B(b'q').__reduce__()[2])
it = iter(bytearray(b'xyz')); next(it)
print(list(copy.deepcopy(it)))
# A bytearray changed during iteration is read live (bytearrayiter_next reads the size each step).
ba = bytearray(b"ab")
out = []
for x in ba:
    out.append(x)
    if len(ba) < 4:
        ba.append(120)
print(out)
ba = bytearray(b"abcd")
it = iter(ba)
print(next(it), it.__length_hint__())
del ba[1:]
print(it.__length_hint__(), list(it), it.__reduce__())
ba = bytearray(b"xy")
it = iter(ba)
ba.extend(b"zw")
print(list(it))
