try:
x
except:
    pass
