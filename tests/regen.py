#!/usr/bin/env python3
"""Record the expected results of the differential corpus from CPython 3.11.

For every case `tests/cases/<topic>/<name>.py` (a `.py` file directly in a topic directory
whose name does not start with `_` or `mod_`) this writes `<name>.out` (stdout bytes),
`<name>.err` (stderr bytes) and `<name>.exit` (exit status and a newline).

The case runs as `python3 <name>.py` from its own directory, stdin from `<name>.in` if it
exists (else empty), with every PYTHON* variable removed and PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1 set: the same way tests/differential.rs runs
heron. In stderr, the absolute path of the case directory (CPython names the script by its
absolute path in tracebacks) is removed, so `File "name.py"` is recorded; the harness does the
same to heron's stderr. Output that still contains a path of this machine is not written. Each case is run a second time with a different PYTHONHASHSEED; a case whose results
differ is reported as nondeterministic (it depends on timing, addresses or the iteration order
of str hashes) and is not written.

Usage:
    python3 tests/regen.py                  # record every case
    python3 tests/regen.py assign/ swap     # only cases whose `topic/name.py` contains an arg
    python3 tests/regen.py --check          # compare with the recorded files, write nothing
Options: --timeout SECONDS (default 60), --once (skip the determinism re-run), --list.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

if sys.version_info[:2] != (3, 11):
    sys.exit(
        "regen.py must run on CPython 3.11 (this is %d.%d): expectations are recorded from 3.11"
        % sys.version_info[:2]
    )

TESTS = Path(__file__).resolve().parent
CASES = TESTS / "cases"
REPO = TESTS.parent


def discover():
    """Yield every case file, sorted by topic then name."""
    if not CASES.is_dir():
        return
    for topic in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for f in sorted(topic.iterdir()):
            if (
                f.is_file()
                and f.suffix == ".py"
                and not f.name.startswith(("_", "mod_"))
            ):
                yield f


def case_id(path):
    return "%s/%s" % (path.parent.name, path.name)


def case_env(hashseed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(hashseed)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(path, timeout, hashseed=0):
    """Run one case; return (stdout, stderr, exit status) or raise subprocess.TimeoutExpired."""
    stdin_path = path.with_suffix(".in")
    stdin = open(stdin_path, "rb") if stdin_path.exists() else subprocess.DEVNULL
    try:
        proc = subprocess.run(
            [sys.executable, path.name],
            cwd=path.parent,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=case_env(hashseed),
            timeout=timeout,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return proc.stdout, proc.stderr, proc.returncode


def machine_paths():
    """Absolute paths of this machine that must never appear in recorded output."""
    import sysconfig

    paths = {str(REPO), str(REPO.resolve())}
    for key in ("stdlib", "platstdlib", "purelib"):
        paths.add(sysconfig.get_paths()[key])
    return [p.encode() for p in paths if len(p) > 1]


def strip_case_dir(data, case_dir):
    """Show files under the case directory by their relative name.

    CPython names the script by its absolute path in tracebacks and SyntaxError reports
    (`File "/.../tests/cases/topic/name.py"`); recorded stderr says `File "name.py"`.
    tests/differential.rs applies the same rewrite to heron's stderr before comparing.
    """
    for d in {str(case_dir), os.path.realpath(case_dir)}:
        data = data.replace((d + os.sep).encode(), b"")
    return data


def first_diff(old, new):
    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else None
        y = b[i] if i < len(b) else None
        if x != y:
            return "line %d: %r -> %r" % (i + 1, x, y)
    return "identical"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("filters", nargs="*", help="substrings of topic/name.py (or case paths)")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--once", action="store_true", help="skip the determinism re-run")
    ap.add_argument("--check", action="store_true", help="compare only, write nothing")
    ap.add_argument("--list", action="store_true", help="list the selected cases and exit")
    args = ap.parse_args()

    filters = []
    for f in args.filters:
        p = Path(f)
        if p.exists():
            p = p.resolve()
            try:
                f = str(p.relative_to(CASES.resolve()))
            except ValueError:
                pass
        filters.append(f.replace(os.sep, "/"))

    cases = [c for c in discover() if not filters or any(f in case_id(c) for f in filters)]
    if args.list:
        for c in cases:
            print(case_id(c))
        return 0
    if not cases:
        print("regen: no case matches", file=sys.stderr)
        return 1

    bad_paths = machine_paths()
    problems = []
    changed = []
    for c in cases:
        cid = case_id(c)
        try:
            out, err, code = run(c, args.timeout)
            if not args.once:
                again = run(c, args.timeout, hashseed=4242)
                if again != (out, err, code):
                    what = [n for n, x, y in zip(("stdout", "stderr", "exit"), (out, err, code), again) if x != y]
                    problems.append("%s: nondeterministic %s (second run differs)" % (cid, "/".join(what)))
                    continue
        except subprocess.TimeoutExpired:
            problems.append("%s: timed out after %gs" % (cid, args.timeout))
            continue
        err = strip_case_dir(err, c.parent)
        if code < 0:
            problems.append("%s: killed by signal %d" % (cid, -code))
            continue
        if any(p in out or p in err for p in bad_paths):
            problems.append("%s: output contains a path of this machine; print a relative name" % cid)
            continue
        files = {
            c.with_suffix(".out"): out,
            c.with_suffix(".err"): err,
            c.with_suffix(".exit"): b"%d\n" % code,
        }
        diffs = []
        for path, data in files.items():
            old = path.read_bytes() if path.exists() else None
            if old != data:
                if old is None:
                    diffs.append("%s: new" % path.suffix)
                else:
                    diffs.append("%s %s" % (path.suffix, first_diff(old.decode("utf-8", "replace"), data.decode("utf-8", "replace"))))
                if not args.check:
                    path.write_bytes(data)
        if diffs:
            changed.append(cid)
            print("%s %s: %s" % ("differs" if args.check else "wrote", cid, "; ".join(diffs)))

    for p in problems:
        print("PROBLEM " + p)
    stale = []
    for topic in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for f in sorted(topic.glob("*.out")):
            if not f.with_suffix(".py").exists():
                stale.append(str(f.relative_to(CASES)))
    for s in stale:
        print("STALE   %s has no case file" % s)
    print(
        "regen: %d cases, %d %s, %d problems"
        % (len(cases), len(changed), "differ" if args.check else "updated", len(problems))
    )
    return 1 if problems or (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
