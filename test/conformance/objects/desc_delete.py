# A descriptor's __delete__ runs for `del obj.attr`.
class Managed:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, v):
        obj.__dict__['_' + self.name] = v
    def __delete__(self, obj):
        print('deleting', self.name)
        obj.__dict__.pop('_' + self.name, None)
class C:
    field = Managed()
c = C()
print(c.field)
c.field = 42
print(c.field, c.__dict__)
del c.field
print(c.field, c.__dict__)
