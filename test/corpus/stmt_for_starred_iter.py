for x in *a, *b:
    pass
for x in a, *b:
    pass
