pass
while True:
    break
for x in y:
    continue
