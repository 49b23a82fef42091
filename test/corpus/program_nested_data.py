config = {
    'name': 'pyvm',
    'versions': [3, 11],
    'flags': {'fast': True, 'debug': False},
    'paths': ('a', 'b'),
}
for key in sorted(config):
    print(key, config[key])
