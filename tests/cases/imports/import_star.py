from mod_star import *
print(public_a, public_b)
print("not_listed" in dir(), "_underscored" in dir())
from mod_nostar import *
print(visible, also_visible, "_hidden" in dir())
import mod_star
print(mod_star.not_listed, mod_star.__all__)
