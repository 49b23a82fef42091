# finally in generators runs when iteration completes or the loop breaks and the generator is closed.
def g():
    try:
        for i in range(3):
            yield i
    finally:
        print('generator finally')
for v in g():
    print('v', v)
it = g()
for v in it:
    if v == 1:
        break
print('broke out')
it.close()
print('end')
