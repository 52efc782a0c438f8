# Seed: "Execution Model / Frame Objects"
# f_locals holds the frame itself (its repr has an address): print the names instead.
import sys

def func():
    frame = sys._getframe()
    print(frame.f_code.co_name)  # Current function name
    print(sorted(frame.f_locals))        # Local variables

func()
