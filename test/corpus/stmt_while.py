while a:
    b
while a:
    b
else:
    c
while True: pass
while (x := f()) is not None:
    g(x)
