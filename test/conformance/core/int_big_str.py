# str/repr/hex/oct/bin of big ints and int() of long strings.
n = 123456789012345678901234567890
print(n, repr(n), str(-n))
print(hex(n), oct(n), bin(2 ** 70 + 5))
print(int('9' * 40) + 1)
print(int('-' + '1' * 25))
print(int('ffffffffffffffffffffffff', 16))
print(f'{n:,}', f'{n:_}', f'{2**64:x}')
