if x:
    a = 1;
while y: b;
for i in r:
    c(); d;
with m:
    e;
try:
    f;
except E:
    g;
