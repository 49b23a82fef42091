y = [print "a" 2]
