x = lambda: exec "x"
