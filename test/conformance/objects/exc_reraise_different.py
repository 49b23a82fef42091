# Catching one type and raising another keeps the context in the traceback.
class DataError(Exception):
    pass
def load(rows):
    out = []
    for i, r in enumerate(rows):
        try:
            out.append(int(r))
        except ValueError as e:
            raise DataError(f'row {i}: {r!r}') from e
    return out
print(load(['1', '2']))
try:
    load(['1', 'two'])
except DataError as e:
    print(e, '<-', type(e.__cause__).__name__)
load(['x'])
