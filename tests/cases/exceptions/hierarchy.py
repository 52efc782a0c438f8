tests = [
    (lambda: {}["k"], LookupError),
    (lambda: [][0], LookupError),
    (lambda: 1 / 0, ArithmeticError),
    (lambda: int("z"), ValueError),
    (lambda: undefined_name, NameError),
    (lambda: None.attr, AttributeError),
    (lambda: "a" + 1, TypeError),
    (lambda: open("nonexistent_dir_xyz/file"), OSError),
    (lambda: __import__("no_such_mod_xyz"), ImportError),
]
for fn, base in tests:
    try:
        fn()
    except base as e:
        print(base.__name__, "caught", type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError))
print([c.__name__ for c in IndexError.__mro__])
try:
    raise KeyError("x")
except (IndexError, KeyError) as e:
    print("tuple catch", type(e).__name__)
