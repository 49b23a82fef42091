# A submodule whose own import fails with ModuleNotFoundError for another name.
import no_such_module_for_pkg_fromlist  # noqa: F401
