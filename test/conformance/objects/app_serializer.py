# A recursive serializer to a JSON-like text using isinstance dispatch, with cycle detection.
class Cycle(Exception):
    pass
def dump(obj, seen=None, indent=0):
    seen = seen if seen is not None else set()
    pad = '  ' * indent
    if obj is None:
        return 'null'
    if isinstance(obj, bool):
        return 'true' if obj else 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'
    if id(obj) in seen:
        raise Cycle(f'cycle through {type(obj).__name__}')
    seen.add(id(obj))
    try:
        if isinstance(obj, dict):
            items = [f'{pad}  {dump(str(k))}: {dump(v, seen, indent + 1)}' for k, v in obj.items()]
            return '{\n' + ',\n'.join(items) + '\n' + pad + '}' if items else '{}'
        if isinstance(obj, (list, tuple)):
            return '[' + ', '.join(dump(v, seen, indent) for v in obj) + ']'
        if hasattr(obj, '__dict__'):
            return dump({'__type__': type(obj).__name__, **vars(obj)}, seen, indent)
        raise TypeError(f'cannot serialise {type(obj).__name__}')
    finally:
        seen.discard(id(obj))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
data = {'name': 'test "quoted"\nline', 'ok': True, 'n': None, 'vals': [1, 2.5, (3, 'x')],
        'nested': {'p': Point(1, 2), 'empty': {}}, 7: 'int key'}
print(dump(data))
loop = [1]
loop.append(loop)
for bad in (loop, {1, 2}):
    try:
        dump(bad)
    except (Cycle, TypeError) as e:
        print(type(e).__name__, e)
