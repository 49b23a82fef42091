# warnings._deprecated (the stdlib's helper: locale.getdefaultlocale, cgi, imghdr... call it; CPython's
# test_re test_locale_flag reached it through locale.getpreferredencoding).
import warnings, sys
def old_api():
    warnings._deprecated('old_api', remove=(3, 13))
def old_api2():
    warnings._deprecated('spam', "{name!r} goes in {remove}", remove=(3, 12))
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    old_api()
    old_api2()
for w in ws:
    print(w.category.__name__, w.message, w.lineno)
for remove in ((3, 10), (3, 11)):
    try:
        warnings._deprecated('gone', remove=remove)
    except RuntimeError as e:
        print('RuntimeError', e)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    warnings._deprecated('x', remove=(3, 11), _version=(3, 11, 0, 'alpha', 0))
print([str(w.message) for w in ws])
