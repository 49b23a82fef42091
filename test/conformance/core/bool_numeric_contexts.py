# bool in numeric contexts: sums, indexing, dict keys, formatting.
print(sum([True, True, False, True]), ['no', 'yes'][True], {True: 'x'}[1])
print(True * 'ab', f'{True:>6}', f'{True:d}', '%d %s' % (True, True), round(True / 3, 3))
print(max(False, True), sorted([True, 0, False, 1]), int('1') == True)
print(True.__class__, True.real, hash(True) == hash(1))
