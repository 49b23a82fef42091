import unittest
from os.path import commonprefix

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
        self.assertIn('a', 'abc')
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    @unittest.skip('not now')
    def test_skip(self):
        pass
    def test_error(self):
        raise ValueError('boom')

suite = unittest.TestLoader().loadTestsFromTestCase(T)
import io
out = io.StringIO()
r = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
print('\n'.join(l for l in out.getvalue().splitlines() if not l.startswith('Ran ') and 'File "' not in l))
print(commonprefix(['/usr/lib', '/usr/local']))
