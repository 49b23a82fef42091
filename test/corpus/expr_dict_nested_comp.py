m = {k: {v: i for i, v in enumerate(vs)} for k, vs in items}
n = {(a, b): [c for c in d] for a, b in e}
