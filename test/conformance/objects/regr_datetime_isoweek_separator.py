# datetime.fromisoformat of basic ISO week dates (test_datetime test_fromisoformat_datetime_examples):
# CPython's rule for where YYYYWww[D] ends and the time's separator starts; date.fromisoformat's
# length rule (a complete date of a 7, 8 or 10 character string).
from datetime import datetime, date
for s in ['2022W52520', '2026W01516', '2025W01503', '2025W01512', '2022-W52-5T20', '2022W525', '2022-W52-5',
          '2022W52', '2022-W52', '2025-W01-5 03', '2022W525T20:30', '2022-W53-1', '2022W5252030', '2022W52520:30',
          '2022-W52-520', '2022-W52-5T', '2022W52T', '2022W525x20', '2022-W52x20', '2022W52520301', '2022-W01-1T00:00:00+01:00']:
    for cls in (datetime, date):
        try:
            print(s, cls.__name__, repr(cls.fromisoformat(s)))
        except ValueError as e:
            print(s, cls.__name__, 'ValueError', e)
for s in ['2022W525xy', '2022W52xyz', '2022W525x', '2022W5252', '2022-W52-5x', '2022-W52xyz', '2022-W52-5xy',
          '20221230xy', '2022W525xyz', '2022-12-30', '2022-12-3x', '2022123', '2022-W5', '2022-W52xy']:
    try:
        print(s, repr(date.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
