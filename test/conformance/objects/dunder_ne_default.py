# __ne__ defaults to the inverse of __eq__; a non-bool __eq__ result is used for truth.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(P(1) != P(1), P(1) != P(2), not (P(1) == P(2)))
class Weird:
    def __eq__(self, o):
        return 'yes'
print(Weird() == 1, Weird() != 1, bool(Weird() == 1))
if Weird() == 0:
    print('truthy comparison result')
