# Helper package whose __init__ imports nothing.
INIT_RAN = True
