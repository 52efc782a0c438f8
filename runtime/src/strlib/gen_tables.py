#!/usr/bin/env python3
"""Generate tables.rs: the Unicode data behind Heron's `str` methods.

CPython itself is the oracle: every property is read back through the public
behaviour of `str` methods (or `unicodedata`) of the running interpreter, so
the tables reproduce exactly what that CPython does.  Run it with CPython 3.11
(Unicode 14.0.0):

    python3 gen_tables.py          # writes tables.rs next to this script

Properties that CPython does not expose directly are recovered by probing:

* Cased (CPython's CASED_MASK): `(c + 'a').title()` keeps the 'a' lower-case
  exactly when `c` is cased.
* Case_Ignorable: observed through the final-sigma rule of `str.lower()`.
* XID_Start / XID_Continue: `c.isidentifier()` (plus '_') and
  `('a' + c).isidentifier()`.
"""

import os
import sys
import unicodedata

MAX = 0x110000

# Flag bits; keep in sync with the constants emitted below.
FLAG_NAMES = [
    "ALPHA",
    "DECIMAL",
    "DIGIT",
    "NUMERIC",
    "SPACE",
    "PRINTABLE",
    "LOWER",
    "UPPER",
    "TITLE",
    "CASED",
    "CASE_IGNORABLE",
    "XID_START",
    "XID_CONTINUE",
    "LINEBREAK",
]
BIT = {name: 1 << i for i, name in enumerate(FLAG_NAMES)}


def is_cased(c):
    return (c + "a").title()[-1] == "a"


def is_case_ignorable(c, cased):
    # CPython's final-sigma test: \p{cased}\p{case-ignorable}* SIGMA
    # !(\p{case-ignorable}* \p{cased}).
    if not cased:
        # 'A' c SIGMA: final iff c is skipped (ignorable) or cased (it is not).
        return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    # c SIGMA with c cased: final iff c is *not* skipped.
    return ("" + c + "\u03a3").lower()[-1] != "\u03c2"


def flags_of(cp):
    c = chr(cp)
    cased = is_cased(c)
    bits = {
        "ALPHA": c.isalpha(),
        "DECIMAL": c.isdecimal(),
        "DIGIT": c.isdigit(),
        "NUMERIC": c.isnumeric(),
        "SPACE": c.isspace(),
        "PRINTABLE": c.isprintable(),
        "LOWER": c.islower(),
        "UPPER": c.isupper(),
        "TITLE": unicodedata.category(c) == "Lt",
        "CASED": cased,
        "CASE_IGNORABLE": is_case_ignorable(c, cased),
        "XID_START": c.isidentifier() and c != "_",
        "XID_CONTINUE": ("a" + c).isidentifier(),
        "LINEBREAK": len(("a" + c + "b").splitlines()) == 2,
    }
    f = 0
    for name, value in bits.items():
        if value:
            f |= BIT[name]
    return f


def rust_str(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if 0x20 <= cp < 0x7F and ch not in "\\\"":
            out.append(ch)
        else:
            out.append("\\u{%x}" % cp)
    return '"' + "".join(out) + '"'


def wrap(items, per_line, indent="    "):
    lines = []
    for i in range(0, len(items), per_line):
        lines.append(indent + " ".join(items[i : i + per_line]))
    return "\n".join(lines)


def case_tables(method):
    """Split `str.<method>` on single code points into 1:1 runs and 1:n items."""
    singles = {}
    multi = {}
    for cp in range(MAX):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        m = getattr(c, method)()
        if m == c:
            continue
        if len(m) == 1:
            singles[cp] = ord(m)
        else:
            multi[cp] = m
    mapped = set(singles) | set(multi)
    runs = []
    cps = sorted(singles)
    i = 0
    while i < len(cps):
        start = cps[i]
        delta = singles[start] - start
        count = 1
        stride = 0
        last = start
        j = i + 1
        while j < len(cps):
            cp = cps[j]
            if singles[cp] - cp != delta:
                break
            step = cp - last
            if stride == 0 and step in (1, 2):
                pass
            elif step != stride:
                break
            if step == 2 and (last + 1) in mapped:
                break
            if count >= 1023:
                break
            stride = step
            count += 1
            last = cp
            j += 1
        runs.append((start, count, stride or 1, delta))
        i = j
    # Self-check: decode the runs and compare with the oracle.
    decoded = {}
    for start, count, stride, delta in runs:
        for k in range(count):
            decoded[start + k * stride] = start + k * stride + delta
    assert decoded == singles, method
    return runs, multi


def decimal_zeros():
    zeros = []
    covered = set()
    for cp in range(MAX):
        c = chr(cp)
        if c.isdecimal():
            v = unicodedata.decimal(c)
            if v == 0:
                zeros.append(cp)
                for k in range(10):
                    d = chr(cp + k)
                    assert d.isdecimal() and unicodedata.decimal(d) == k
                    covered.add(cp + k)
    assert covered == {cp for cp in range(MAX) if chr(cp).isdecimal()}
    return zeros


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    flags = [flags_of(cp) for cp in range(MAX)]
    combos = sorted(set(flags))
    assert len(combos) <= 256
    combo_index = {f: i for i, f in enumerate(combos)}
    runs = []
    prev = None
    for cp, f in enumerate(flags):
        if f != prev:
            runs.append((cp << 8) | combo_index[f])
            prev = f

    out = []
    w = out.append
    w("//! Unicode tables for `strlib`, GENERATED by `gen_tables.py` from")
    w("//! CPython %s (Unicode %s). Do not edit by hand: rerun the script."
      % (".".join(map(str, sys.version_info[:3])), unicodedata.unidata_version))
    w("")
    w("/// Unicode version these tables were generated from.")
    w('pub const UNICODE_VERSION: &str = "%s";' % unicodedata.unidata_version)
    w("")
    for name in FLAG_NAMES:
        w("/// Property flag bit `%s`." % name)
        w("pub const %s: u16 = 0x%04x;" % (name, BIT[name]))
    w("")
    w("/// Flag combinations, indexed by the low byte of `FLAG_RUNS` entries.")
    w("#[rustfmt::skip]")
    w("pub static FLAG_COMBOS: [u16; %d] = [" % len(combos))
    w(wrap(["0x%04x," % f for f in combos], 10))
    w("];")
    w("")
    w("/// Property flags of U+0000..=U+00FF, indexed directly.")
    w("#[rustfmt::skip]")
    w("pub static LATIN1_FLAGS: [u16; 256] = [")
    w(wrap(["0x%04x," % flags[cp] for cp in range(256)], 10))
    w("];")
    w("")
    w("/// Runs of equal flags: `start << 8 | combo index`, sorted by start;")
    w("/// a run lasts until the next entry's start.")
    w("#[rustfmt::skip]")
    w("pub static FLAG_RUNS: [u32; %d] = [" % len(runs))
    w(wrap(["0x%08x," % r for r in runs], 8))
    w("];")
    w("")
    for method, name in (
        ("lower", "LOWER"),
        ("upper", "UPPER"),
        ("title", "TITLE"),
        ("casefold", "FOLD"),
    ):
        cruns, multi = case_tables(method)
        w("/// 1:1 runs of `str.%s()`: `(start << 11 | (count - 1) << 1 | stride - 1," % method)
        w("/// delta)`; covers `start + k * stride` for `k < count`.")
        w("#[rustfmt::skip]")
        w("pub static %s_RUNS: [(u32, i32); %d] = [" % (name, len(cruns)))
        items = []
        for start, count, stride, delta in cruns:
            assert 1 <= count <= 1024 and stride in (1, 2)
            items.append("(0x%08x, %d)," % ((start << 11) | ((count - 1) << 1) | (stride - 1), delta))
        w(wrap(items, 5))
        w("];")
        w("")
        w("/// 1:n mappings of `str.%s()`, sorted by code point." % method)
        w("#[rustfmt::skip]")
        w("pub static %s_MULTI: [(u32, &str); %d] = [" % (name, len(multi)))
        w(wrap(["(0x%05x, %s)," % (cp, rust_str(m)) for cp, m in sorted(multi.items())], 4))
        w("];")
        w("")
    zeros = decimal_zeros()
    w("/// Code points of decimal digit zero; each starts a run of ten digits.")
    w("#[rustfmt::skip]")
    w("pub static DECIMAL_ZEROS: [u32; %d] = [" % len(zeros))
    w(wrap(["0x%05x," % z for z in zeros], 8))
    w("];")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables.rs")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
