# try inside loops with else clauses on both.
for s in ['10', '0', 'x']:
    try:
        r = 100 // int(s)
    except ZeroDivisionError:
        print(s, 'division by zero')
    except ValueError:
        print(s, 'not a number')
    else:
        print(s, 'ok', r)
else:
    print('loop else')
