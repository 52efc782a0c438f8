"""Utility module docstring."""
PI_ISH = 3
def double(x):
    return 2 * x
class Helper:
    def hi(self):
        return "helper hi"
_private = "hidden"
