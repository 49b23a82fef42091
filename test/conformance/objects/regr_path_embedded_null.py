# A path with a NUL is ValueError 'embedded null byte' in open() and the os functions (pyvm's
# posix module passed it to Node's fs, whose TypeError was a pyvm internal error: test_builtin
# did not run), compile()'s filename 'embedded null character', and a missing module's name
# is shown by its repr ('No module named {!r}', importlib's message).
import os
tests = [
 lambda: open('a\x00b'),
 lambda: open(b'a\x00b'),
 lambda: os.stat('a\x00b'),
 lambda: os.path.exists('a\x00b'),
 lambda: os.path.isfile('a\x00b'),
 lambda: os.path.isdir('a\x00b'),
 lambda: os.listdir('a\x00b'),
 lambda: os.remove('a\x00b'),
 lambda: os.mkdir('a\x00b'),
 lambda: os.chdir('a\x00b'),
 lambda: os.lstat('a\x00b'),
 lambda: os.access('a\x00b', os.R_OK),
 lambda: os.rename('a\x00b', 'c'),
 lambda: os.rename('c', 'a\x00b'),
 lambda: os.rmdir('a\x00b'),
 lambda: os.unlink('a\x00b'),
 lambda: os.path.realpath('a\x00b'),
 lambda: os.path.getsize('a\x00b'),
 lambda: os.scandir('a\x00b'),
 lambda: compile('1', 'a\x00b', 'exec'),
 lambda: exec(compile('1', 'a\x00b', 'exec')),
 lambda: __import__('a\x00b'),
 lambda: __import__("it's"),
 lambda: __import__('q\tz'),
 lambda: __import__('json.decoder.x'),
 lambda: __import__('json.decoder.x"y'),
 lambda: os.open('a\x00b', os.O_RDONLY),
 lambda: os.makedirs('a\x00b/c'),
 lambda: os.path.islink('a\x00b'),
]
for i, f in enumerate(tests):
    try:
        r = f()
        print(i, 'ok', type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
