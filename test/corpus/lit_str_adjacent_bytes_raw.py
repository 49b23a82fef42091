a = b'a' rb'\b' Br'c'
b = r'a' 'b' R'c'
