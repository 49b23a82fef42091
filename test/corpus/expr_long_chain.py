x = a + b - c * d / e // f % g ** h << i >> j & k ^ l | m
y = a < b < c < d < e
z = a and b and c or d or e and f
