import ma{th
x = 1
