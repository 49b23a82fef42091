# string.Template: substitute/safe_substitute with mappings and keywords, $$ escapes, invalid placeholders' line/col, get_identifiers/is_valid, subclasses changing delimiter, idpattern, braceidpattern or the whole pattern.
import string
from string import Template
t = Template('$who likes $what, ${who}s and $$5')
print(t.substitute(who='tim', what='kung pao'), t.template, t.get_identifiers(), t.is_valid())
print(t.substitute({'who': 'a', 'what': 'b'}, what='override'))
print(Template('$who and $missing').safe_substitute(who='x'), Template('bad $ here').safe_substitute())
for bad in [lambda: Template('$who $missing').substitute(who=1), lambda: Template('line1\nbad $ here').substitute(),
            lambda: Template('${').substitute(), lambda: Template('$1').substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class MyT(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(MyT('%who is %% %x').substitute(who='me', x=3), MyT('%A').safe_substitute())
class BraceT(Template):
    braceidpattern = '[a-z ]+'
print(BraceT('${long name} $x').substitute({'long name': 1, 'x': 2}))
class CustomT(Template):
    pattern = r'''
    \\#(?:
      (?P<escaped>\\#) |
      (?P<named>[a-z]+) |
      \\{(?P<braced>[a-z]+)\\} |
      (?P<invalid>)
    )
    '''
print(CustomT('#a and #{b} and ##').substitute(a=1, b=2))
print(Template('$x').substitute({'x': [1, 2]}), Template.delimiter, Template.idpattern, Template.flags, Template('x').is_valid(), Template('$').is_valid())
print(repr(string.Template), 'Template' in dir(string) or True)
