# Raising inside except* handlers: re-raise keeps the original structure; new exceptions
# are combined with the unhandled rest into a new group.
def show(label, eg):
    print(label, repr(eg))


try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("bare raise", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    show("new+rest", e)
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")
except KeyError as e:
    show("new only", e)
    show("its context", e.__context__)

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("replacement")
except KeyError as e:
    print("naked replaced", repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("rt")
except ExceptionGroup as e:
    show("mixed", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v
except ExceptionGroup as e:
    show("raise bound", e)


def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        for i in range(3):
            if i == 1:
                break
        print("loop inside handler ok", i)


f()

for src in ["for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "def g():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
