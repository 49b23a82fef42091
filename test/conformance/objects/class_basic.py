# A class with __init__, instance attributes, methods and a class attribute.
class Dog:
    species = 'canis'
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def describe(self):
        return f'{self.name} is {self.age}'
    def birthday(self):
        self.age += 1
        return self
d = Dog('Rex', 3)
print(d.describe(), d.birthday().describe(), d.species, Dog.species)
e = Dog('Fido', 1)
Dog.species = 'lupus'
e.species = 'own'
print(d.species, e.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog), Dog.__name__, Dog.__qualname__, Dog.__module__)
