# Setting __suppress_context__ and __cause__ by hand.
e = RuntimeError('r')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError('v')
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise e
except RuntimeError as caught:
    print(caught is e, repr(caught.__cause__))
