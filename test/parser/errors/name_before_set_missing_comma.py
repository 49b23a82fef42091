re{turn 0}
y = 2
