# Helper: the other half of the import cycle; sees mod_cycle_a only partly initialised.
print('mod_cycle_b start')
import mod_cycle_a
B_VALUE = 'b-value'
SEEN = (hasattr(mod_cycle_a, 'A_EARLY'), hasattr(mod_cycle_a, 'A_LATE'))
print('mod_cycle_b end, saw', SEEN)
