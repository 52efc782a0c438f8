import warnings
import sys

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old()
    warnings.warn("careful")
    warnings.warn(RuntimeWarning("rt"))
    print(len(w), [x.category.__name__ for x in w], [str(x.message) for x in w], w[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.simplefilter("always", append=True)
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(x.message) for x in w])

print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "x = 1"), end="")
for i in range(3):
    warnings.warn("printed once")
sys.stderr.flush()
print("done")
