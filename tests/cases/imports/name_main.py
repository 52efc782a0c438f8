print(__name__)
import mod_main_check
def main():
    print("main() called")
if __name__ == "__main__":
    main()
import sys
print(sys.modules["__main__"].__name__, "mod_main_check" in sys.modules)
