# helper of regr_collections_namedtuple_module: a namedtuple made in an imported module
from collections import namedtuple

Pair = namedtuple('Pair', 'a b')
Named = namedtuple('Named', 'a', module='elsewhere')


def make():
    return namedtuple('Inner', 'z')
