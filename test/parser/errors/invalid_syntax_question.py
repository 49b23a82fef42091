y = a ? b
