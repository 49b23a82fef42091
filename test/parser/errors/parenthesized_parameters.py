def h((a, b)):
    pass
