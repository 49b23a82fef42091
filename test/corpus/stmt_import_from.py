from os import path
from os import path as p
from os import (path, sep)
from os import (path,)
from os import *
from . import x
from .. import y
from .mod import z
from ...pkg.mod import w
from .... import v
from a.b import (c as d,
    e as f)
