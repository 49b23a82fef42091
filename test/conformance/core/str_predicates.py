# isdigit, isalpha, isalnum, isspace, isdecimal, isnumeric, isidentifier, isprintable.
for s in ('123', 'abc', 'ab12', '   ', '', '½', '٣', 'a_b', '1a', 'é', 'tab\t'):
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(),
          s.isnumeric(), s.isidentifier(), s.isprintable())
