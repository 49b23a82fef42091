# warnings.filterwarnings with regular-expression message (case-insensitive, matched at the
# start) and module patterns; the filters' order.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message=r"sp.m\d+")
    warnings.filterwarnings("error", module=r"__ma")
    warnings.filterwarnings("always", module=r"__main__$", category=UserWarning)
    warnings.warn("SPAM12 x")
    warnings.warn("spam x")
    print([str(m.message) for m in w])
    print([(f[0], f[1], f[3]) for f in warnings.filters][:3])
    try:
        warnings.warn("z", RuntimeWarning)
    except RuntimeWarning as e:
        print('err', e)
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="deprecated")
    warnings.filterwarnings("ignore", message=".*internal")
    warnings.simplefilter("always", append=True)
    for msg in ["Deprecated call", "an internal detail", "this is deprecated", "visible"]:
        warnings.warn(msg)
    print([str(m.message) for m in w])
