import mod_cycle_a
B = "b"
def a_loaded():
    return hasattr(mod_cycle_a, "A")
