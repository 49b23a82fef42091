try:
    a
except E as e:
    b
    c
else:
    d


# comment
