# A small program using globals, functions and loops together.
stock = {}
log = []
def add(item, n=1):
    stock[item] = stock.get(item, 0) + n
    log.append(('add', item, n))
def take(item, n=1):
    if stock.get(item, 0) < n:
        log.append(('fail', item, n))
        return False
    stock[item] -= n
    if stock[item] == 0:
        del stock[item]
    log.append(('take', item, n))
    return True
add('apple', 3); add('pear'); take('apple', 2); take('pear'); take('plum')
print(stock)
for entry in log:
    print(*entry)
