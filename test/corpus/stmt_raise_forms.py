def f():
    raise ValueError
    raise ValueError('x') from None
    raise ValueError(f'{x}') from err
    raise (E)
