try:
    a
except E:
    b
else:
    c
finally:
    d
try:
    a
finally:
    b
try:
    a
except E:
    b
finally:
    c
