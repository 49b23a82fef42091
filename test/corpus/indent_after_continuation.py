if a and \
        b:
    c = 1
x = (1,
  2,
        3)
