import math, sys
import collections.abc
from functools import reduce
from itertools import chain as ch
print(math.gcd(12, 18), math.factorial(5))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(list(ch([1], [2])))
print(isinstance([], collections.abc.Sequence))
print(sys.version_info[:2] == (3, 11))
print(type(math).__name__, math.__name__)
import importlib
m = importlib.import_module("mod_util")
print(m.double(3))
print(__import__("mod_util").PI_ISH)
