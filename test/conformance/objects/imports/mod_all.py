# Helper module with __all__.
__all__ = ['public', 'Also']
def public():
    return 'public'
class Also:
    pass
def not_exported():
    return 'not exported'
_under = 1
