# Assigning to a literal is a compile-time SyntaxError.
print('never')
1 = x
