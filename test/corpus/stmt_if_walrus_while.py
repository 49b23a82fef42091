if (m := re.match(p, s)) is not None:
    print(m)
elif (n := 2):
    pass
