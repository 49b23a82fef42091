# Helper module with module-level state (imported once, shared).
counter = 0
def bump():
    global counter
    counter += 1
    return counter
