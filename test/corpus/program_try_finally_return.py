def f():
    try:
        return 'try'
    finally:
        print('finally')

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print(i)
        finally:
            print('f', i)
print(f())
g()
