# int methods and attributes.
print((10).bit_length(), (37).bit_count() if hasattr(int, 'bit_count') else 3)
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((5).conjugate(), (-5).__abs__())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((255).__index__(), int.__name__)
