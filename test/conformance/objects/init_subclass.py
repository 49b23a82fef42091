# __init_subclass__ registers subclasses; keyword arguments in class statements.
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='b-plugin'):
    pass
class Gamma(Beta):
    pass
print(registry, Beta.plugin_name, Gamma.plugin_name)
