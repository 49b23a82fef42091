if a:

    b = 1

# comment at column 0
    # indented comment
        # over-indented comment
    c = 2


d = 3
