# an uncaught error raised inside datetime: the traceback shows only the program's frames
from datetime import date, timedelta

def make(y, m, d):
    return date(y, m, d) + timedelta(days=1)

print(make(2020, 12, 31))
print(make(2020, 13, 1))
