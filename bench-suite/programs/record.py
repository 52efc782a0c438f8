"""Regenerate checksums.json: the expected stdout of every benchmark program.

Run with CPython 3.11 from the bench-suite/programs directory or anywhere:

    python3 bench-suite/programs/record.py            # all programs
    python3 bench-suite/programs/record.py nbody fib  # only these (merged)

For each program it records the whole stdout at the default size (run with no
argument, and checked to equal a run with the default size passed explicitly),
at a small "quick" size for smoke runs, and, for the scaling programs, at each
sweep size. The comparison runner (heron-bench) reads sizes and expectations
from the JSON file, so this table is the single place where they are chosen.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "checksums.json")

# name: (default size, quick size, sweep sizes or None)
PROGRAMS = {
    "closures_gens": (1800, 100, None),
    "dict_heavy": (700, 40, None),
    "fannkuch": (9, 7, None),
    "fib": (35, 25, None),
    "float_loops": (170, 10, None),
    "int_loops": (700, 40, None),
    "mandelbrot": (760, 120, None),
    "mem_cycles": (1000, 50, None),
    "mem_objects": (200, 20, None),
    "nbody": (330000, 20000, [50000, 100000, 200000, 400000]),
    "nqueens": (12, 8, None),
    "raytrace": (48, 3, None),
    "richards": (40, 3, [5, 10, 20, 40, 80]),
    "sort_heavy": (300, 20, None),
    "spectral_norm": (450, 100, None),
    "spigot": (5500, 1000, None),
    "string_build": (3200, 200, None),
    "wordfreq": (300, 20, [25, 50, 100, 200, 400]),
}


def run(python, name, size):
    path = os.path.join(HERE, name + ".py")
    args = [python, path] + ([] if size is None else [str(size)])
    env = dict(os.environ)
    env.pop("HERON_BENCH_ITER_TIMES", None)
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"record: {name} size={size} exited with {done.returncode}")
    return done.stdout


def record(python, name):
    default, quick, sweep = PROGRAMS[name]
    stdout = run(python, name, None)
    explicit = run(python, name, default)
    if explicit != stdout:
        raise SystemExit(f"record: {name}: default run differs from run with size {default}")
    sizes = {str(default): stdout}
    for size in [quick] + (sweep or []):
        if str(size) not in sizes:
            sizes[str(size)] = run(python, name, size)
    entry = {
        "default_size": default,
        "quick_size": quick,
        "stdout": stdout,
        "sizes": sizes,
    }
    if sweep:
        entry["sweep_sizes"] = sweep
    return entry


def main():
    python = os.environ.get("RECORD_PYTHON", sys.executable)
    names = sys.argv[1:] or sorted(PROGRAMS)
    for name in names:
        if name not in PROGRAMS:
            raise SystemExit(f"record: unknown program {name!r}")
    on_disk = set(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "record.py")
    if on_disk != set(PROGRAMS):
        raise SystemExit(f"record: PROGRAMS table and files differ: {sorted(on_disk ^ set(PROGRAMS))}")
    data = {"programs": {}}
    if os.path.exists(OUTPUT) and sys.argv[1:]:
        with open(OUTPUT) as f:
            data = json.load(f)
    version = subprocess.run(
        [python, "-c", "import sys, platform; print(platform.python_implementation(), sys.version.split()[0])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    if not version.startswith("CPython 3.11"):
        print(f"record: warning: expectations should come from CPython 3.11, not {version}", file=sys.stderr)
    data["recorded_with"] = version
    for name in names:
        print(f"record: {name}", file=sys.stderr)
        data["programs"][name] = record(python, name)
    data["programs"] = dict(sorted(data["programs"].items()))
    with open(OUTPUT, "w") as f:
        json.dump(data, f, indent=2, sort_keys=False)
        f.write("\n")
    print(f"record: wrote {len(data['programs'])} programs", file=sys.stderr)


main()
