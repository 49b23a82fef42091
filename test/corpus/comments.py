# leading comment
x = 1  # trailing comment
# between
y = 2
    # odd indented comment
z = 3 # another
#last