import mod_util
import types
print(isinstance(mod_util, types.ModuleType))
names = sorted(n for n in vars(mod_util) if not n.startswith("__"))
print(names)
mod_util.new_attr = "added"
import mod_util as m2
print(m2.new_attr)
print(mod_util.__spec__.name, mod_util.__loader__ is not None)
print(__spec__)
m = types.ModuleType("fresh", "doc here")
m.x = 1
print(m.__name__, m.__doc__, m.x)
