# Seed: "Execution Model / Execution Context"
import sys

# Each function call creates a new frame
def recursive(n):
    if n > 0:
        return recursive(n - 1)
    return sys._getframe()

frame = recursive(5)
print(frame.f_code.co_name)  # "recursive"
