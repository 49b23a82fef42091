# ord and chr across the unicode range; errors.
print(ord('a'), ord('€'), ord('\n'), chr(65), chr(8364), chr(0x1F600))
print([chr(i) for i in range(97, 103)])
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
ord('')
