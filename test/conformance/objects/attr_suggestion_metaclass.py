# A method of the metaclass is an attribute of the class but not in dir(cls): no suggestion.
class Meta(type):
    def describe(cls):
        return f'class {cls.__name__}'

class Widget(metaclass=Meta):
    pass

print(Widget.describe(), 'describe' in dir(Widget))
Widget.descibe
