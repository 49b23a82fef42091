# Format-spec for strings: width, alignment, fill, precision (truncation).
s = 'python'
for spec in ('', '10', '<10', '>10', '^10', '^11', '*^11', '.3', '10.2', '-<8', 's'):
    print(repr(spec), '[' + format(s, spec) + ']')
print('[' + format('', '3') + ']', '[' + format('toolong', '3') + ']', '[' + format('é🐍', '^6') + ']')
