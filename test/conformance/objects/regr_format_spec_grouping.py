# Grouping options in a format spec: a second ',' is read as the type (CPython's
# parse_internal_render_format_spec), '_' then ',' is the conflict.
for spec in [',,', '_,', ',_', '__', ',d', ',,d', '_x', ',x', ',s', '10,,', ',.2f', '_.3e', ',,f']:
    for v in (1234567, 1234.5678):
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), 'ValueError', e)
