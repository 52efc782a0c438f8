# sys.exit with a string prints it to stderr and exits with status 1
import sys
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught:", e.code)
print("about to fail")
def fail():
    sys.exit("fatal: configuration missing")
fail()
print("never printed")
