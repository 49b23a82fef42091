# Helper: half of an import cycle (imports mod_cycle_b, which imports this module back).
print('mod_cycle_a start')
A_EARLY = 'a-early'
import mod_cycle_b
A_LATE = 'a-late'
def from_b():
    return mod_cycle_b.B_VALUE
print('mod_cycle_a end')
