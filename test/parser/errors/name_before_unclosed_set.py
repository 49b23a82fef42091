x = 1
re{turn 0
y = 2
