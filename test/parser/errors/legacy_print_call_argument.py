f(print "hi")
