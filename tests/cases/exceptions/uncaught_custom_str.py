class Oops(Exception):
    pass
class Multi(Exception):
    pass
try:
    raise Multi("a", 1)
except Multi as e:
    print(e)
raise Oops("with args", 2)
