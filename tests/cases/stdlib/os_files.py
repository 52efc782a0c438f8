# os file-system functions; everything is created under a scratch dir and removed at the end
import os

# Each run works in its own directory (the JIT modes run concurrently in this directory).
home = os.getcwd()
work = "os_files_tmp_%d" % os.getpid()
os.mkdir(work)
os.chdir(work)
base = "scratch"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.mkdir(base)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base), os.listdir(base))
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
with open(os.path.join(base, "a", "f1.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(base, "a", "b", "f2.txt"), "w") as f:
    f.write("x" * 100)
p = os.path.join(base, "a", "f1.txt")
print(os.path.getsize(p), os.stat(p).st_size, os.path.isfile(p), os.path.isdir(p))
st = os.stat(p)
print(type(st).__name__, len(st), st[6], isinstance(st.st_mtime, float), oct(st.st_mode & 0o170000))
os.rename(p, os.path.join(base, "a", "renamed.txt"))
print(sorted(os.listdir(os.path.join(base, "a"))))
walked = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((root, sorted(dirs), sorted(files)))
for w in walked:
    print(w)
with os.scandir(os.path.join(base, "a")) as it:
    entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
print(entries)
print(sorted(e.name for e in os.scandir(base)))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "errno", None))

t(lambda: os.mkdir(base))
t(lambda: os.remove(os.path.join(base, "missing.txt")))
t(lambda: os.rmdir(os.path.join(base, "a")))
t(lambda: os.listdir(os.path.join(base, "nope")))
t(lambda: os.stat("no_such_file_here"))
t(lambda: os.path.getsize("no_such_file_here"))
t(lambda: os.makedirs(base))

os.remove(os.path.join(base, "a", "renamed.txt"))
os.remove(os.path.join(base, "a", "b", "f2.txt"))
os.removedirs(os.path.join(base, "a", "b", "c"))
print(os.path.exists(base))
os.chdir(home)
os.rmdir(work)
print(os.path.exists(work))
