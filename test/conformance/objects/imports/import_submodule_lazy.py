# A submodule is not an attribute of its package until it is imported.
import pkg_lazy
print(pkg_lazy.INIT_RAN, hasattr(pkg_lazy, 'extra'))
from pkg_lazy import extra
print(extra.VALUE, hasattr(pkg_lazy, 'extra'), pkg_lazy.extra is extra)
import pkg_lazy.extra as again
print(again is extra, extra.__name__)
import pkg_lazy.missing
