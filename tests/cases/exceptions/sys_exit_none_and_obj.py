import sys
try:
    sys.exit(None)
except SystemExit as e:
    print(e.code, e.args)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print(e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, repr(e))
print(isinstance(SystemExit(), Exception))
sys.exit(False)
