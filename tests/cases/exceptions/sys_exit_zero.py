import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
def f():
    try:
        sys.exit(5)
    finally:
        print("finally runs on exit")
try:
    f()
except SystemExit as e:
    print("code", e.code)
print("exiting 0")
sys.exit(0)
print("unreachable")
