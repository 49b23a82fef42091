# strptime's week directives (%U %W with a weekday, ISO %G %V %u and their errors), %j overriding
# %m/%d, missing constructor arguments and read-only attributes: CPython 3.11's results and messages
import datetime as D
for f in [lambda: D.datetime.strptime('%G', '%G'),lambda: D.datetime.strptime('2020 5', '%G %V'),lambda: D.datetime.strptime('2020 5 3', '%G %V %u'),lambda: D.datetime.strptime('2020 5 3', '%Y %U %w'),lambda: D.datetime.strptime('2020 5 Mon', '%Y %W %a'),lambda: D.datetime.strptime('2020 5 3', '%G %j %u'),lambda: D.datetime.strptime('2020 5 3', '%Y %V %u'),lambda: D.datetime.strptime('2020 5', '%Y %U'), lambda: D.datetime.strptime('2020 53 0', '%Y %U %w'), lambda: D.datetime.strptime('2020 00 1', '%Y %W %w'), lambda: D.datetime.strptime('Tue 2020', '%a %Y'), lambda: D.datetime.strptime('2021 00 0', '%Y %U %w'), lambda: D.datetime.strptime('2021 00 Fri', '%Y %W %a'), lambda: D.datetime.strptime('2019 52 7 12', '%G %V %u %H'), lambda: D.datetime.strptime('2020 1 0', '%G %V %w'), lambda: D.datetime.strptime('2020 40 03 05', '%Y %j %m %d'), lambda: D.datetime.strptime('5 3', '%V %u'), lambda: D.datetime.strptime('2020 5', '%G %a'), lambda: D.datetime.strptime('2020 5 1 9', '%G %V %u %j')]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
td=D.timedelta(1); d=D.date(2020,1,1); dt=D.datetime(2020,1,1); t=D.time(1)
for f in [lambda: D.date(2020), lambda: D.date(2020,1), lambda: D.date(), lambda: D.datetime(2020), lambda: D.datetime(2020, None, 1), lambda: setattr(td,'days',5), lambda: setattr(d,'year',5), lambda: setattr(dt,'hour',1), lambda: setattr(dt,'year',1), lambda: setattr(t,'hour',1), lambda: delattr(t,'fold'), lambda: (dt.hour, dt.year, t.fold, td.days)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
