try:
    a
except:
    b
try:
    a
except E:
    b
try:
    a
except E as e:
    b
except (A, B) as e:
    c
except Exception:
    d
