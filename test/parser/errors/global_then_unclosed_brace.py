global x {y
x = 1
