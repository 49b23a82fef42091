# Format-spec mini-language for ints: width, fill, align, sign, grouping, bases.
n = 1234567
for spec in ('d', '10d', '<10d', '^10d', '>10d', '010d', '+d', ' d', '-d', ',d', '_d', 'x', 'X', '#x', 'o', '#o', 'b', '#b', '_b', '*^15,d', '=+12d', 'c' if False else 'n', 'e', '.2f', '%'):
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, 'c'), format(0, '#x'), format(-255, '#010x'))
