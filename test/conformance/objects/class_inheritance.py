# Single inheritance, overriding, calling the parent's method.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def intro(self):
        return f'{self.name} says {self.speak()}'
class Cat(Animal):
    def speak(self):
        return 'meow'
class Kitten(Cat):
    def speak(self):
        return Cat.speak(self) + '!'
for a in (Animal('generic'), Cat('Tom'), Kitten('Kit')):
    print(a.intro())
print(Kitten.__bases__, Kitten.__mro__)
print(isinstance(Kitten('x'), Animal), issubclass(Cat, Kitten), issubclass(Kitten, (int, Animal)))
