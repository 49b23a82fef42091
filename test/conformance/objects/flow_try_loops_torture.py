# Nested loops with try/except/finally, break, continue and return in every position.
def run(n):
    log = []
    for i in range(n):
        try:
            for j in range(3):
                try:
                    if j == 1 and i % 2:
                        continue
                    if i == 3 and j == 2:
                        break
                    if i == 4:
                        raise KeyError(j)
                    log.append((i, j))
                finally:
                    log.append('f')
        except KeyError as e:
            log.append(('K', e.args[0]))
            continue
        else:
            log.append('else')
        finally:
            log.append('F')
        if i == 5:
            return log, 'returned'
    return log, 'done'
log, how = run(7)
print(how, len(log))
print(log)
