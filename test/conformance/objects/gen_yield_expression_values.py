# The value of a yield expression is None under next().
def echo():
    received = []
    for _ in range(3):
        v = yield len(received)
        received.append(v)
    yield received
e = echo()
print(next(e), next(e), e.send('x'), e.send('y'))
