try:
    from mod_util import does_not_exist
except ImportError as e:
    print(type(e).__name__)
    print(str(e).split(" (")[0])
    print(e.name)
    import os
    print(os.path.basename(e.path))
try:
    from mypkg import missing_name
except ImportError as e:
    print(str(e).split(" (")[0])
