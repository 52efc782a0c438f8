from mod_util import double, Helper
from mod_util import PI_ISH as P, _private
print(double(4), Helper.__name__, P, _private)
from mod_util import (
    double as d2,
    PI_ISH,
)
print(d2(1), PI_ISH)
print("mod_util" in dir())
import sys
print("mod_util" in sys.modules)
