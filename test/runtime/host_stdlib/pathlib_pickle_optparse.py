import pathlib
import pickle
import optparse
import tempfile

p = pathlib.PurePosixPath('/usr/local/lib/python3.11/site.py')
print(p, p.name, p.stem, p.suffix, p.parent, p.parts, p.anchor, list(p.parents)[:3])
print(p.with_suffix('.txt'), p.with_name('x.py'), p.relative_to('/usr'), p.match('*.py'), p.is_absolute())
q = pathlib.PurePosixPath('a') / 'b' / '..' / 'c.tar.gz'
print(q, q.suffixes, q.as_posix(), repr(q), q == pathlib.PurePosixPath('a/b/../c.tar.gz'))
with tempfile.TemporaryDirectory() as d:
    base = pathlib.Path(d)
    (base / 'x').mkdir()
    f = base / 'x' / 'f.txt'
    f.write_text('hi\nthere\n')
    print(f.read_text().splitlines(), f.exists(), f.is_file(), (base / 'x').is_dir(), f.stat().st_size)
    print(sorted(str(c.relative_to(base)) for c in base.rglob('*')))
    f.unlink()
    print(f.exists())
for obj in (1, 2.5, 'str', b'b', [1, (2, 3)], {'k': {1, 2}}, None, True, 10 ** 30, frozenset([1])):
    for proto in range(1, 6):
        assert pickle.loads(pickle.dumps(obj, proto)) == obj, (obj, proto)
print(pickle.dumps([1, 'a'], 2))
parser = optparse.OptionParser(prog='op')
parser.add_option('-n', type='int', dest='n', default=3)
parser.add_option('-q', action='store_false', dest='verbose', default=True)
opts, rest = parser.parse_args(['-n', '7', '-q', 'rest'])
print(vars(opts), rest)
print(parser.format_help())
