# An exception in the middle of a loop: earlier output is kept, exit status 1.
for i in range(5):
    print('step', i, 10 // (3 - i))
