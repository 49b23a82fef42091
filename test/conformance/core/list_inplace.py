# += extends in place, *= repeats in place.
a = [1]
alias = a
a += [2, 3]
a += (4,)
a += 'ab'
print(a, alias is a)
a *= 2
print(alias)
t = (1,)
tt = t
t += (2,)
print(t, tt, t is tt)
