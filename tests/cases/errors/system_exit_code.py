# sys.exit with an integer sets the exit status
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("exiting with 3")
sys.stdout.flush()
sys.exit(3)
print("never printed")
