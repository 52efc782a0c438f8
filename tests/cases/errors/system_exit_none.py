# sys.exit() with no argument exits with status 0
import sys
def main():
    print("main runs")
    try:
        sys.exit()
    except SystemExit as e:
        print("code is", e.code)
    print("still running")
    sys.exit()

main()
print("not reached")
