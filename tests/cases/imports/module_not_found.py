try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from nope_pkg import thing
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import mypkg.nothere
except ModuleNotFoundError as e:
    print(e)
import nope
