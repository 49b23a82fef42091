import warnings


def old():
    warnings.warn("old() is deprecated", DeprecationWarning)
    warnings.warn("old() is deprecated, caller", DeprecationWarning, stacklevel=2)


def note():
    warnings.warn("note from helper")
    warnings.warn("note for caller", stacklevel=2)
