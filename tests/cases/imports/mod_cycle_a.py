import mod_cycle_b
A = "a"
def get_b():
    return mod_cycle_b.B
