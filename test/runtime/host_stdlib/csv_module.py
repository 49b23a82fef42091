import csv
import io
import os
import tempfile

data = 'name,age,city\r\nAda,36,"London, UK"\r\n"Bob ""B""",25,Paris\r\n\r\nEve,,"multi\nline"\r\n'
rows = list(csv.reader(io.StringIO(data, newline='')))
print(rows)
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(r.line_num, row)
print(r.dialect.delimiter, r.dialect.quoting == csv.QUOTE_MINIMAL, r.dialect.lineterminator == '\r\n')
for rec in csv.DictReader(io.StringIO(data, newline='')):
    print(rec)
out = io.StringIO()
w = csv.writer(out)
w.writerow(['plain', 'with,comma', 'with "quote"', 'line\nbreak', '', None, 3, 4.5, True])
w.writerows([[1, 2], ['a'], [''], []])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['x', 'y'], extrasaction='ignore', lineterminator='\n')
dw.writeheader()
dw.writerow({'x': 1, 'y': 'two', 'z': 'ignored'})
dw.writerows([{'x': 3}, {'y': 4}])
print(repr(out.getvalue()))
for kw in ({'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
           {'delimiter': ';', 'quotechar': "'"}, {'doublequote': False, 'escapechar': '\\'}):
    out = io.StringIO()
    csv.writer(out, **kw).writerow(['a;b', "it's", 'q"x', 10, 2.5])
    print(kw, repr(out.getvalue()))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader([' a,  b'], skipinitialspace=True)), list(csv.reader(['a\\,b,c'], escapechar='\\')))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()), list(csv.reader(['a|b|"c|d"'], 'pipes')), csv.get_dialect('pipes').delimiter)
class Tabs(csv.Dialect):
    delimiter = '\t'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
print(list(csv.reader(['a\tb\t"c\td"'], Tabs)))
csv.unregister_dialect('pipes')
for bad, kw in ((['"abc'], {'strict': True}), (['a,"b"c'], {'strict': True}), (['a\0b'], {})):
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print('csv.Error', e)
for kw in ({'delimiter': ''}, {'quoting': 9}, {'escapechar': 'xx'}, {'lineterminator': 3}):
    try:
        csv.writer(io.StringIO(), **kw)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('csv.Error', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('csv.Error', e)
sn = csv.Sniffer()
sample = 'a;b;c\n1;2;3\n4;5;6\n'
d = sn.sniff(sample)
print(d.delimiter, sn.has_header(sample), sn.has_header('x;y\nfoo;bar\n'))
print(csv.field_size_limit(), csv.field_size_limit(1000), csv.field_size_limit())
csv.field_size_limit(131072)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'f.csv')
    with open(path, 'w', newline='') as f:
        csv.writer(f).writerows([['h1', 'h2'], ['v 1', 'v,2'], ['x', 'y\nz']])
    with open(path, newline='') as f:
        print(list(csv.DictReader(f)))
