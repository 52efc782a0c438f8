def use():
    import mod_util
    from mod_util import double
    return mod_util.PI_ISH, double(5)
print(use())
print("mod_util" in globals())
import sys
print("mod_util" in sys.modules)
def lazy_math():
    import math
    return math.floor(2.7), math.sqrt(16)
print(lazy_math())
