import mod_util
print(mod_util.double(21), mod_util.PI_ISH)
print(mod_util.Helper().hi())
print(mod_util.__name__, mod_util.__doc__)
print(type(mod_util).__name__)
import mod_util as mu
print(mu is mod_util)
import os.path
print(os.path.basename(mod_util.__file__))
