# assert statements with and without messages.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('empty:', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('msg:', e)
x = [1, 2]
assert len(x) == 3, f'length is {len(x)}'
