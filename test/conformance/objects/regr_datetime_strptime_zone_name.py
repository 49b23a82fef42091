# datetime.strptime with %z and %Z: the zone keeps the name parsed (timezone(offset, 'GMT'), not
# timezone.utc), as CPython's _strptime_datetime (test_datetime test_strptime).
from datetime import datetime, timezone
for s, f in [('+0000 GMT', '%z %Z'), ('+0000 UTC', '%z %Z'), ('-0000 UTC', '%z %Z'), ('+0100 XYZ', '%z %Z'), ('Z UTC', '%z %Z'),
             ('Z', '%z'), ('+0000', '%z'), ('+1234 UTC', '%z %Z'), ('-01:30 gmt', '%z %Z'), ('UTC', '%Z'), ('+0200', '%z')]:
    try:
        d = datetime.strptime(s, f)
        print(repr(d), d.tzname(), d.tzinfo is timezone.utc)
    except ValueError as e:
        print(e)
