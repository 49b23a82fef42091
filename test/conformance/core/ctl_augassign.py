# Augmented assignment on names, attributes, subscripts and all operators.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 12; print(x)
x ^= 5; print(x)
x /= 4; print(x)
class O:
    v = 1
o = O()
o.v += 10
lst = [1, 2]
lst[0] += 100
d = {'k': 'a'}
d['k'] *= 3
print(o.v, O.v, lst, d)
