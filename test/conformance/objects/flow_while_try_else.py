# while loops with try/else/finally, continue in finally-protected code, nested functions.
def parse_all(items):
    out, errors = [], 0
    i = 0
    while i < len(items):
        item = items[i]
        i += 1
        try:
            if item is None:
                continue
            v = int(item)
        except ValueError:
            errors += 1
            if errors > 2:
                break
        else:
            out.append(v)
        finally:
            out.append('|')
    else:
        out.append('complete')
    return out, errors
print(parse_all(['1', None, 'x', '2']))
print(parse_all(['a', 'b', 'c', '4']))
