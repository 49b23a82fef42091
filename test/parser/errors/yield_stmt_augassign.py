def g():
    yield acc -= 59
