# os.environ / getenv / getcwd / misc constants
import os

os.environ["HERON_TEST_VAR"] = "value1"
print(os.environ["HERON_TEST_VAR"], os.getenv("HERON_TEST_VAR"), "HERON_TEST_VAR" in os.environ)
print(os.getenv("HERON_SURELY_UNSET"), os.getenv("HERON_SURELY_UNSET", "dflt"), os.environ.get("HERON_SURELY_UNSET", 3))
del os.environ["HERON_TEST_VAR"]
print("HERON_TEST_VAR" in os.environ, os.getenv("HERON_TEST_VAR"))
os.environ.setdefault("HERON_X", "sd")
print(os.environ.pop("HERON_X"), os.environ.pop("HERON_X", "gone"))
print(isinstance(len(os.environ), int), "PATH" in os.environ)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: os.environ["HERON_SURELY_UNSET"])
t(lambda: os.environ.__setitem__("K", 1))
t(lambda: os.environ.__delitem__("HERON_SURELY_UNSET"))
cwd = os.getcwd()
print(os.path.basename(cwd), os.path.isabs(cwd), os.path.abspath("x") == os.path.join(cwd, "x"))
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.devnull, os.pathsep)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir("."), os.path.exists("nope/nope"))
print(os.fspath("p"), os.path.expanduser("nothome"), os.path.realpath(".") == cwd)
print(os.path.join("a", "b"), os.path.splitext("f.tar.gz"), os.path.dirname("/x/y/z"))
