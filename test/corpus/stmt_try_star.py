try:
    a
except* E:
    b
except* (F, G) as e:
    c
try:
    a
except* E:
    b
else:
    c
finally:
    d
