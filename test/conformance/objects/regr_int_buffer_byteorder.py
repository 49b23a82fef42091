# int() of a bytearray (subclasses too) or a memoryview parses its bytes as CPython's PyNumber_Long; to_bytes/from_bytes take a str-subclass byteorder and refuse a non-str with CPython's TypeError (found by CPython's test_int and test_long).
for v in [bytearray(b'12a'), memoryview(b'12a'), memoryview(b'123')[1:], bytearray(b' 42 ')]:
  try: print(int(v))
  except ValueError as e: print(e)
print(int(memoryview(b'123')[1:]), int(bytearray(b' 0x1f '), 16), int(bytearray(b'1_0'), 0))
try: int(memoryview(b'12'), 10)
except TypeError as e: print(e)
class CB(bytearray): pass
print(int(CB(b'77')), int(CB(b'77'), 8))
print((1).to_bytes(2, 'little'))
class S(str): pass
print((1).to_bytes(2, S('little')), int.from_bytes(b'\x01\x00', S('little')), (0).to_bytes(0, S('little')), int.from_bytes(b'', S('big')))
try: (1).to_bytes(2, 5)
except TypeError as e: print(e)
try: int.from_bytes(b'', 5)
except TypeError as e: print(e)
try: int.from_bytes(b'', 'big\x00')
except ValueError as e: print(e)
