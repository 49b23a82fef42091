# int.to_bytes / from_bytes with signed values, bit_count, and as_integer_ratio.
print((1024).to_bytes(4, 'big'), (-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True), int.from_bytes(b'', 'big'))
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count(), (10).as_integer_ratio(), (2 ** 70).to_bytes(9, 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
