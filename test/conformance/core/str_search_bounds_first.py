# str's search methods convert their bounds before they check the needle.
for t in ["'abc'.find(1, 'x')", "'abc'.count(1, 'x')", "'abc'.startswith(1, 'x')", "'abc'.index(1, 'x')", "'abc'.rfind(1, 'x')", "'abc'.endswith(1, 'x')", "'abc'.find(1)"]:
    try:
        eval(t)
    except Exception as e:
        print(t, '->', type(e).__name__, e)
