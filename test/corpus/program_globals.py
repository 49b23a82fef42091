COUNT = 0
def bump():
    global COUNT
    COUNT += 1
    return COUNT
for _ in range(3):
    bump()
print(COUNT)
