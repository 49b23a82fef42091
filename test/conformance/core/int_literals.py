# Integer literal forms.
print(0x1F, 0o17, 0b1011, 1_000_000, 0xdead_beef)
print(0, 00, 0b0, -0)
print(123456789 * 987654321)
print(type(10).__name__, type(10 ** 30).__name__)
