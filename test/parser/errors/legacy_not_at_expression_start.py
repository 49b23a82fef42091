x = a + print "hi"
