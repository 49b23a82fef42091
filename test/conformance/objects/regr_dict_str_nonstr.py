# A str key and a key of a Python class whose __eq__ and __hash__ make it equal to that str are one key, in every direction (CPython's test_dict test_str_nonstr): a str finds such an instance, the instance finds the str (or a str subclass stored as its plain value), in split and combined dicts and in sets.
class StrSub(str):
    pass
eq_count = 0
class Key3:
    def __hash__(self):
        return hash('key3')
    def __eq__(self, other):
        global eq_count
        if isinstance(other, Key3) or isinstance(other, str) and other == 'key3':
            eq_count += 1
            return True
        return False
key3_1 = StrSub('key3')
key3_2 = Key3()
key3_3 = Key3()
dicts = []
for key3 in (key3_1, key3_2):
    dicts.append({'key1': 42, 'key2': 43, key3: 44})
    d = {'key1': 42, 'key2': 43}
    d[key3] = 44
    dicts.append(d)
    d = {'key1': 42, 'key2': 43}
    d.setdefault(key3, 44)
    dicts.append(d)
    d = {'key1': 42, 'key2': 43}
    d.update({key3: 44})
    dicts.append(d)
    d = dict([('key1', 42), ('key2', 43), (key3, 44)])
    dicts.append(d)
    dicts.append(d.copy())
    dicts.append({key: 42 + i for i, key in enumerate(['key1', 'key2', key3])})
for d in dicts:
    eq_count = 0
    print(d.get('key1'), d.get('key3'), d.get(key3_1), d.get(key3_2), d.get(key3_3), eq_count >= 1, len(d))
d = {'key3': 1}
print(d[Key3()], Key3() in d, 'key3' in {Key3(): 1}, Key3() in {'key3'}, 'key3' in {Key3()})
d[Key3()] = 2
print(d, len(d))
del d[Key3()]
print(d)
d = {Key3(): 1, (1, 2): 3}
d['key3'] = 5
print(len(d), list(d.values()), d.pop('key3'), d)
s = {'a', 'key3'}
s.discard(Key3())
print(sorted(s))
s = {'key3', (1,)}
s.remove(Key3())
print(s)
big = {('t', i): i for i in range(100)}
big['x'] = 1
print(big.get(Key3()), big.get('key3'), big.get('x'))
big['key3'] = 9
print(big[Key3()])
