# A second error inside an except block: both shown in the traceback; last line is the second.
try:
    {}['first']
except KeyError:
    print('handling first')
    [][0]
