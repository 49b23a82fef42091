import json
data = {'name': 'Ann', 'age': 30, 'scores': [1.5, 2, None, True], 'nested': {'k': [], 'e': {}}, 'uni': 'é😀', 1: 'int key'}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps('a"b\\c\n'), json.dumps(float('nan')), json.dumps(1e100), json.dumps((1, 2)))
back = json.loads(s); print(back, type(back['age']).__name__, type(back['scores'][0]).__name__)
print(json.loads('[1, 2.0, -3e2, "x\\u00e9", {"a": null}]'), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '{1: 2}', '"abc', '[1] x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
print(json.dumps({'x': {1, 2}}, default=sorted))
