# round() with many digits, negative digits on floats, and tiny values.
print(round(1.23456789, 5), round(-1.23456789, 3), round(123.456, -1), round(123.456, -3), round(-0.5, 0))
print(round(5e-324, 400), round(1e-320, 330), round(0.1 + 0.2, 16), round(2.5e-8, 9), round(1e22, -21))
print(round(10 ** 30 + 0.0, -29), round(2 ** 0.5, 12), round(-2.5), round(3.5), round(-3.5))
