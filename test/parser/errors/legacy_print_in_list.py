x = [print "hi"]
