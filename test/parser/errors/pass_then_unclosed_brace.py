pass {b
x = 1
