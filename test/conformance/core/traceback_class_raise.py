# Raising an exception class (not instance) and an exception with no message.
print('raising')
raise NotImplementedError
