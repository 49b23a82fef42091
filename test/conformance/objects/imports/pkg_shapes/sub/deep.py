# Module in the nested subpackage, importing from the parent with '..'.
from ..util import round2
def deep_value():
    return round2(2 / 3)
