import mod_cycle_a
import mod_cycle_b
print(mod_cycle_a.get_b(), mod_cycle_b.a_loaded())
print(mod_cycle_b.mod_cycle_a is mod_cycle_a)
