# A circular import: the second module sees the first one partially initialised.
import mod_cycle_a
print(mod_cycle_a.A_LATE, mod_cycle_a.from_b(), mod_cycle_a.mod_cycle_b.SEEN)
import mod_cycle_b
print(mod_cycle_b.mod_cycle_a is mod_cycle_a)
