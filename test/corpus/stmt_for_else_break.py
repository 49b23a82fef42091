for i in range(10):
    if i == 5:
        break
else:
    print('no break')
while x:
    x -= 1
else:
    print('done')
