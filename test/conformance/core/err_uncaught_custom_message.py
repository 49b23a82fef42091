# A custom exception class raised uncaught, with a multi-word message.
class ConfigError(Exception):
    pass
def load(cfg):
    if 'name' not in cfg:
        raise ConfigError('missing key: name')
print(load({'name': 'x'}))
load({})
