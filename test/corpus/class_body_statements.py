class A:
    '''doc'''
    x = 1
    y: int
    z: int = 2
    if x:
        w = 3
    for i in range(3):
        pass
    del i
    import os
