//! Tests of `strlib` against expectations generated from CPython 3.11 by
//! `gen_tests.py` (see `test_cases.rs`): explicit cases, checksums over
//! seeded random inputs (the input generator is mirrored here), and
//! checksums over every code point.

use std::collections::BTreeMap;

use super::bytes::{self as by, HexSep};
use super::test_cases::*;
use super::unicode::{decimal_value, transform_decimal_and_space_to_ascii};
use super::*;

/// A Python value as written in the generated tables.
#[derive(Debug)]
pub(super) enum A {
    N,
    Bo(bool),
    I(i64),
    S(&'static str),
    B(&'static [u8]),
    L(&'static [&'static str]),
    BL(&'static [&'static [u8]]),
    /// `str.maketrans` result: `(key, value or -1 for None)`.
    M(&'static [(u32, i64)]),
    /// Exception type name and message.
    E(&'static str, &'static str),
    /// Translate table: `(key, kind, int, str)` with kind 0 = None,
    /// 1 = int, 2 = str, 3 = a value of a wrong type.
    Tab(&'static [(u32, u8, i64, &'static str)]),
}

/// An owned Python value: arguments and results of operations.
#[derive(Debug, Clone, PartialEq)]
enum V {
    N,
    Bo(bool),
    I(i64),
    S(String),
    B(Vec<u8>),
    L(Vec<String>),
    BL(Vec<Vec<u8>>),
    M(Vec<(u32, i64)>),
    E(String, String),
    Tab(Vec<(u32, u8, i64, String)>),
}

impl A {
    fn to_v(&self) -> V {
        match *self {
            A::N => V::N,
            A::Bo(b) => V::Bo(b),
            A::I(i) => V::I(i),
            A::S(s) => V::S(s.to_owned()),
            A::B(b) => V::B(b.to_vec()),
            A::L(l) => V::L(l.iter().map(|s| s.to_string()).collect()),
            A::BL(l) => V::BL(l.iter().map(|b| b.to_vec()).collect()),
            A::M(m) => V::M(m.to_vec()),
            A::E(t, m) => V::E(t.to_owned(), m.to_owned()),
            A::Tab(t) => V::Tab(
                t.iter()
                    .map(|&(k, kind, i, s)| (k, kind, i, s.to_owned()))
                    .collect(),
            ),
        }
    }
}

fn put_str(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'S');
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s);
}

fn put_bytes(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'B');
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s);
}

impl V {
    /// The checksum encoding of `gen_tests.py`'s `bin_enc`.
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            V::N => out.push(b'N'),
            V::Bo(b) => out.push(if *b { b'T' } else { b'F' }),
            V::I(i) => {
                out.push(b'I');
                out.extend_from_slice(&i.to_le_bytes());
            }
            V::S(s) => put_str(out, s.as_bytes()),
            V::B(b) => put_bytes(out, b),
            V::L(l) => {
                out.push(b'L');
                out.extend_from_slice(&(l.len() as u32).to_le_bytes());
                for s in l {
                    put_str(out, s.as_bytes());
                }
            }
            V::BL(l) => {
                out.push(b'L');
                out.extend_from_slice(&(l.len() as u32).to_le_bytes());
                for b in l {
                    put_bytes(out, b);
                }
            }
            V::M(m) => {
                out.push(b'M');
                for (k, v) in m {
                    out.extend_from_slice(&k.to_le_bytes());
                    out.extend_from_slice(&v.to_le_bytes());
                }
            }
            V::E(t, m) => {
                out.push(b'E');
                put_str(out, t.as_bytes());
                put_str(out, m.as_bytes());
            }
            V::Tab(_) => out.push(b'?'),
        }
    }

    fn encoded(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.encode(&mut out);
        out
    }

    fn s(&self) -> &str {
        match self {
            V::S(s) => s,
            v => panic!("expected str, got {v:?}"),
        }
    }
    fn b(&self) -> &[u8] {
        match self {
            V::B(b) => b,
            v => panic!("expected bytes, got {v:?}"),
        }
    }
    fn i(&self) -> i64 {
        match self {
            V::I(i) => *i,
            v => panic!("expected int, got {v:?}"),
        }
    }
    fn bo(&self) -> bool {
        match self {
            V::Bo(b) => *b,
            v => panic!("expected bool, got {v:?}"),
        }
    }
    fn oi(&self) -> Option<i64> {
        match self {
            V::N => None,
            v => Some(v.i()),
        }
    }
    fn os(&self) -> Option<&str> {
        match self {
            V::N => None,
            v => Some(v.s()),
        }
    }
    fn ob(&self) -> Option<&[u8]> {
        match self {
            V::N => None,
            v => Some(v.b()),
        }
    }
    fn l(&self) -> Vec<&str> {
        match self {
            V::L(l) => l.iter().map(String::as_str).collect(),
            v => panic!("expected str list, got {v:?}"),
        }
    }
    fn bl(&self) -> Vec<&[u8]> {
        match self {
            V::BL(l) => l.iter().map(Vec::as_slice).collect(),
            V::L(l) if l.is_empty() => Vec::new(),
            v => panic!("expected bytes list, got {v:?}"),
        }
    }
}

fn err(e: StrError) -> V {
    V::E(e.type_name().to_owned(), e.message().to_owned())
}

fn vs(r: Result<impl AsRef<str>, StrError>) -> V {
    r.map_or_else(err, |s| V::S(s.as_ref().to_owned()))
}

fn vb(r: Result<impl AsRef<[u8]>, StrError>) -> V {
    r.map_or_else(err, |b| V::B(b.as_ref().to_vec()))
}

fn vl(r: Result<Vec<&str>, StrError>) -> V {
    r.map_or_else(err, |l| V::L(l.into_iter().map(str::to_owned).collect()))
}

fn vbl(r: Result<Vec<&[u8]>, StrError>) -> V {
    r.map_or_else(err, |l| V::BL(l.into_iter().map(<[u8]>::to_vec).collect()))
}

fn vt(r: Result<(&str, &str, &str), StrError>) -> V {
    r.map_or_else(err, |(a, b, c)| V::L(vec![a.into(), b.into(), c.into()]))
}

fn vbt(r: Result<by::Parts<'_>, StrError>) -> V {
    r.map_or_else(err, |(a, b, c)| V::BL(vec![a.into(), b.into(), c.into()]))
}

fn vi(r: Result<usize, StrError>) -> V {
    r.map_or_else(err, |i| V::I(i as i64))
}

fn run_translate(s: &str, table: &[(u32, u8, i64, String)]) -> V {
    let mut calls = String::new();
    let r = translate(s, |c| {
        calls.push(c);
        let &(_, kind, i, ref st) = table.iter().find(|e| e.0 == u32::from(c))?;
        Some(match kind {
            0 => Ok(Mapped::Delete),
            1 => Ok(Mapped::Int(i)),
            2 => Ok(Mapped::Str(st.clone())),
            _ => Err(StrError::Type(msg::TRANSLATE_TYPE.to_owned())),
        })
    });
    match r {
        Ok(r) => V::L(vec![r, calls]),
        Err(e) => err(e),
    }
}

/// Runs operation `name` (the names of `gen_tests.py`'s `PYOPS`).
fn call(name: &str, a: &[V]) -> V {
    let s0 = || a[0].s();
    let b0 = || a[0].b();
    match name {
        "lower" => V::S(lower(s0())),
        "upper" => V::S(upper(s0())),
        "casefold" => V::S(casefold(s0())),
        "capitalize" => V::S(capitalize(s0())),
        "swapcase" => V::S(swapcase(s0())),
        "title" => V::S(title(s0())),
        "isalnum" => V::Bo(isalnum(s0())),
        "isalpha" => V::Bo(isalpha(s0())),
        "isascii" => V::Bo(isascii(s0())),
        "isdecimal" => V::Bo(isdecimal(s0())),
        "isdigit" => V::Bo(isdigit(s0())),
        "isidentifier" => V::Bo(isidentifier(s0())),
        "islower" => V::Bo(islower(s0())),
        "isnumeric" => V::Bo(isnumeric(s0())),
        "isprintable" => V::Bo(isprintable(s0())),
        "isspace" => V::Bo(isspace(s0())),
        "istitle" => V::Bo(istitle(s0())),
        "isupper" => V::Bo(isupper(s0())),
        "repr" => V::S(str_repr(s0())),
        "ascii" => V::S(str_ascii(s0())),
        "len" => V::I(char_len(s0()) as i64),
        "transform_decimal" => V::S(transform_decimal_and_space_to_ascii(s0()).into_owned()),
        "splitlines" => vl(Ok(splitlines(s0(), a[1].bo()))),
        "strip" => V::S(strip(s0(), a[1].os()).to_owned()),
        "lstrip" => V::S(lstrip(s0(), a[1].os()).to_owned()),
        "rstrip" => V::S(rstrip(s0(), a[1].os()).to_owned()),
        "split" => vl(split(s0(), a[1].os(), a[2].i())),
        "rsplit" => vl(rsplit(s0(), a[1].os(), a[2].i())),
        "expandtabs" => vs(expandtabs(s0(), a[1].i() as i32)),
        "find" => V::I(find(s0(), a[1].s(), a[2].oi(), a[3].oi())),
        "rfind" => V::I(rfind(s0(), a[1].s(), a[2].oi(), a[3].oi())),
        "index" => vi(index(s0(), a[1].s(), a[2].oi(), a[3].oi())),
        "rindex" => vi(rindex(s0(), a[1].s(), a[2].oi(), a[3].oi())),
        "count" => V::I(count(s0(), a[1].s(), a[2].oi(), a[3].oi()) as i64),
        "contains" => V::Bo(contains(s0(), a[1].s())),
        "startswith" => V::Bo(startswith(s0(), &a[1].l(), a[2].oi(), a[3].oi())),
        "endswith" => V::Bo(endswith(s0(), &a[1].l(), a[2].oi(), a[3].oi())),
        "replace" => vs(replace(s0(), a[1].s(), a[2].s(), a[3].i())),
        "partition" => vt(partition(s0(), a[1].s())),
        "rpartition" => vt(rpartition(s0(), a[1].s())),
        "removeprefix" => V::S(removeprefix(s0(), a[1].s()).to_owned()),
        "removesuffix" => V::S(removesuffix(s0(), a[1].s()).to_owned()),
        "center" => vs(fillchar_from_str(a[2].s()).and_then(|c| center(s0(), a[1].i(), c))),
        "ljust" => vs(fillchar_from_str(a[2].s()).and_then(|c| ljust(s0(), a[1].i(), c))),
        "rjust" => vs(fillchar_from_str(a[2].s()).and_then(|c| rjust(s0(), a[1].i(), c))),
        "zfill" => vs(zfill(s0(), a[1].i())),
        "repeat" => vs(repeat(s0(), a[1].i())),
        "join" => V::S(join(s0(), &a[1].l())),
        "slice" => {
            let s = s0();
            vs(adjust_slice(a[1].oi(), a[2].oi(), a[3].oi(), char_len(s))
                .map(|(start, stop, step, _)| slice_chars(s, start, stop, step)))
        }
        "maketrans" => maketrans(s0(), a[1].s(), a[2].os()).map_or_else(err, |m| {
            V::M(
                m.into_iter()
                    .map(|(k, v)| (u32::from(k), v.map_or(-1, |c| i64::from(u32::from(c)))))
                    .collect(),
            )
        }),
        "maketrans_key" => {
            maketrans_str_key(s0()).map_or_else(err, |c| V::I(i64::from(u32::from(c))))
        }
        "translate" => match &a[1] {
            V::Tab(t) => run_translate(s0(), t),
            v => panic!("expected table, got {v:?}"),
        },
        "b.upper" => V::B(by::upper(b0())),
        "b.lower" => V::B(by::lower(b0())),
        "b.capitalize" => V::B(by::capitalize(b0())),
        "b.swapcase" => V::B(by::swapcase(b0())),
        "b.title" => V::B(by::title(b0())),
        "b.isalnum" => V::Bo(by::isalnum(b0())),
        "b.isalpha" => V::Bo(by::isalpha(b0())),
        "b.isascii" => V::Bo(by::isascii(b0())),
        "b.isdigit" => V::Bo(by::isdigit(b0())),
        "b.islower" => V::Bo(by::islower(b0())),
        "b.isupper" => V::Bo(by::isupper(b0())),
        "b.isspace" => V::Bo(by::isspace(b0())),
        "b.istitle" => V::Bo(by::istitle(b0())),
        "b.repr" => V::S(by::repr(b0())),
        "b.splitlines" => vbl(Ok(by::splitlines(b0(), a[1].bo()))),
        "b.strip" => V::B(by::strip(b0(), a[1].ob()).to_vec()),
        "b.lstrip" => V::B(by::lstrip(b0(), a[1].ob()).to_vec()),
        "b.rstrip" => V::B(by::rstrip(b0(), a[1].ob()).to_vec()),
        "b.split" => vbl(by::split(b0(), a[1].ob(), a[2].i())),
        "b.rsplit" => vbl(by::rsplit(b0(), a[1].ob(), a[2].i())),
        "b.expandtabs" => vb(by::expandtabs(b0(), a[1].i() as i32)),
        "b.find" => V::I(by::find(b0(), a[1].b(), a[2].oi(), a[3].oi())),
        "b.rfind" => V::I(by::rfind(b0(), a[1].b(), a[2].oi(), a[3].oi())),
        "b.index" => vi(by::index(b0(), a[1].b(), a[2].oi(), a[3].oi())),
        "b.rindex" => vi(by::rindex(b0(), a[1].b(), a[2].oi(), a[3].oi())),
        "b.count" => V::I(by::count(b0(), a[1].b(), a[2].oi(), a[3].oi()) as i64),
        "b.startswith" => V::Bo(by::startswith(b0(), &a[1].bl(), a[2].oi(), a[3].oi())),
        "b.endswith" => V::Bo(by::endswith(b0(), &a[1].bl(), a[2].oi(), a[3].oi())),
        "b.replace" => vb(by::replace(b0(), a[1].b(), a[2].b(), a[3].i())),
        "b.partition" => vbt(by::partition(b0(), a[1].b())),
        "b.rpartition" => vbt(by::rpartition(b0(), a[1].b())),
        "b.removeprefix" => V::B(by::removeprefix(b0(), a[1].b()).to_vec()),
        "b.removesuffix" => V::B(by::removesuffix(b0(), a[1].b()).to_vec()),
        "b.center" => {
            vb(by::fillchar("center", "bytes", a[2].b())
                .and_then(|c| by::center(b0(), a[1].i(), c)))
        }
        "b.ljust" => {
            vb(by::fillchar("ljust", "bytes", a[2].b()).and_then(|c| by::ljust(b0(), a[1].i(), c)))
        }
        "b.rjust" => {
            vb(by::fillchar("rjust", "bytes", a[2].b()).and_then(|c| by::rjust(b0(), a[1].i(), c)))
        }
        "b.zfill" => vb(by::zfill(b0(), a[1].i())),
        "b.repeat" => vb(by::repeat(b0(), a[1].i())),
        "b.join" => V::B(by::join(b0(), &a[1].bl())),
        "b.hex" => {
            let sep = match &a[1] {
                V::N => None,
                V::S(s) => Some(HexSep::Str(s)),
                V::B(b) => Some(HexSep::Bytes(b)),
                v => panic!("bad sep {v:?}"),
            };
            vs(by::hex(b0(), sep, a[2].i() as i32))
        }
        "b.fromhex" => vb(by::fromhex(s0())),
        "b.translate" => vb(by::translate(b0(), a[1].ob(), a[2].b())),
        "b.maketrans" => vb(by::maketrans(b0(), a[1].b())),
        _ => panic!("unknown operation {name}"),
    }
}

#[test]
fn generated_cases() {
    let mut failures = Vec::new();
    for (name, args, expected) in CASES {
        let args: Vec<V> = args.iter().map(A::to_v).collect();
        let got = call(name, &args);
        let expected = expected.to_v();
        if got.encoded() != expected.encoded() {
            failures.push(format!(
                "{name}{args:?}\n   got {got:?}\n  want {expected:?}"
            ));
        }
    }
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed",
        failures.len(),
        CASES.len()
    );
    assert!(CASES.len() > 3000);
}

// ---------------------------------------------------------------------------
// Seeded random inputs, mirroring `gen_tests.py`.

/// SplitMix64, as in `gen_tests.py`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn choice<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

struct Gen {
    rng: Rng,
    pool: Vec<char>,
}

impl Gen {
    fn rand_str(&mut self, pool: &[char], lo: usize, hi: usize) -> String {
        let n = lo + self.rng.below(hi - lo + 1);
        (0..n).map(|_| self.rng.choice(pool)).collect()
    }
    fn rand_bytes(&mut self, lo: usize, hi: usize) -> Vec<u8> {
        let n = lo + self.rng.below(hi - lo + 1);
        (0..n).map(|_| self.rng.choice(BPOOL)).collect()
    }
    fn rand_sub(&mut self, s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        if !chars.is_empty() && self.rng.below(10) < 7 {
            let i = self.rng.below(chars.len());
            let j = i + self.rng.below(chars.len().min(i + 3) - i + 1);
            return chars[i..j].iter().collect();
        }
        let pool = self.pool.clone();
        self.rand_str(&pool, 0, 2)
    }
    fn rand_bsub(&mut self, b: &[u8]) -> Vec<u8> {
        if !b.is_empty() && self.rng.below(10) < 7 {
            let i = self.rng.below(b.len());
            let j = i + self.rng.below(b.len().min(i + 3) - i + 1);
            return b[i..j].to_vec();
        }
        self.rand_bytes(0, 2)
    }

    fn str_ops(&mut self, s: &str) -> Vec<(&'static str, Vec<V>)> {
        let sv = || V::S(s.to_owned());
        let oi = |x: Option<i64>| x.map_or(V::N, V::I);
        let mut ops: Vec<(&'static str, Vec<V>)> = Vec::new();
        for name in [
            "lower",
            "upper",
            "casefold",
            "capitalize",
            "swapcase",
            "title",
            "isalnum",
            "isalpha",
            "isascii",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
            "repr",
            "ascii",
            "len",
            "transform_decimal",
        ] {
            ops.push((name, vec![sv()]));
        }
        ops.push(("splitlines", vec![sv(), V::Bo(false)]));
        ops.push(("splitlines", vec![sv(), V::Bo(true)]));
        for name in ["strip", "lstrip", "rstrip"] {
            ops.push((name, vec![sv(), V::N]));
        }
        for &m in COUNTS {
            ops.push(("split", vec![sv(), V::N, V::I(m)]));
            ops.push(("rsplit", vec![sv(), V::N, V::I(m)]));
        }
        for t in [8, 4, 0] {
            ops.push(("expandtabs", vec![sv(), V::I(t)]));
        }
        let sub = V::S(self.rand_sub(s));
        let start = oi(self.rng.choice(STARTS));
        let end = oi(self.rng.choice(ENDS));
        for name in ["find", "rfind", "index", "rindex", "count"] {
            ops.push((name, vec![sv(), sub.clone(), start.clone(), end.clone()]));
        }
        ops.push(("contains", vec![sv(), sub.clone()]));
        let k = self.rng.below(4);
        let prefixes = V::L((0..k).map(|_| self.rand_sub(s)).collect());
        ops.push((
            "startswith",
            vec![sv(), prefixes.clone(), start.clone(), end.clone()],
        ));
        ops.push(("endswith", vec![sv(), prefixes, start, end]));
        let pool = self.pool.clone();
        let new = V::S(self.rand_str(&pool, 0, 3));
        for &c in COUNTS {
            ops.push(("replace", vec![sv(), sub.clone(), new.clone(), V::I(c)]));
        }
        ops.push(("partition", vec![sv(), sub.clone()]));
        ops.push(("rpartition", vec![sv(), sub.clone()]));
        for &m in COUNTS {
            ops.push(("split", vec![sv(), sub.clone(), V::I(m)]));
            ops.push(("rsplit", vec![sv(), sub.clone(), V::I(m)]));
        }
        for name in ["strip", "lstrip", "rstrip", "removeprefix", "removesuffix"] {
            ops.push((name, vec![sv(), sub.clone()]));
        }
        let width = V::I(self.rng.choice(WIDTHS));
        let fill = V::S(self.rng.choice(FILLS).to_owned());
        for name in ["center", "ljust", "rjust"] {
            ops.push((name, vec![sv(), width.clone(), fill.clone()]));
        }
        ops.push(("zfill", vec![sv(), width]));
        let a = oi(self.rng.choice(SL_A));
        let b = oi(self.rng.choice(SL_B));
        let c = oi(self.rng.choice(SL_C));
        ops.push(("slice", vec![sv(), a, b, c]));
        let n = self.rng.below(4) as i64 - 1;
        ops.push(("repeat", vec![sv(), V::I(n)]));
        ops
    }

    fn bytes_ops(&mut self, b: &[u8]) -> Vec<(&'static str, Vec<V>)> {
        let bv = || V::B(b.to_vec());
        let oi = |x: Option<i64>| x.map_or(V::N, V::I);
        let mut ops: Vec<(&'static str, Vec<V>)> = Vec::new();
        for name in [
            "b.upper",
            "b.lower",
            "b.capitalize",
            "b.swapcase",
            "b.title",
            "b.isalnum",
            "b.isalpha",
            "b.isascii",
            "b.isdigit",
            "b.islower",
            "b.isupper",
            "b.isspace",
            "b.istitle",
            "b.repr",
        ] {
            ops.push((name, vec![bv()]));
        }
        ops.push(("b.splitlines", vec![bv(), V::Bo(false)]));
        ops.push(("b.splitlines", vec![bv(), V::Bo(true)]));
        for name in ["b.strip", "b.lstrip", "b.rstrip"] {
            ops.push((name, vec![bv(), V::N]));
        }
        for &m in COUNTS {
            ops.push(("b.split", vec![bv(), V::N, V::I(m)]));
            ops.push(("b.rsplit", vec![bv(), V::N, V::I(m)]));
        }
        for t in [8, 3, 0] {
            ops.push(("b.expandtabs", vec![bv(), V::I(t)]));
        }
        let sub = V::B(self.rand_bsub(b));
        let start = oi(self.rng.choice(STARTS));
        let end = oi(self.rng.choice(ENDS));
        for name in ["b.find", "b.rfind", "b.index", "b.rindex", "b.count"] {
            ops.push((name, vec![bv(), sub.clone(), start.clone(), end.clone()]));
        }
        let k = self.rng.below(4);
        let prefixes = V::BL((0..k).map(|_| self.rand_bsub(b)).collect());
        ops.push((
            "b.startswith",
            vec![bv(), prefixes.clone(), start.clone(), end.clone()],
        ));
        ops.push(("b.endswith", vec![bv(), prefixes, start, end]));
        let new = V::B(self.rand_bytes(0, 3));
        for &c in COUNTS {
            ops.push(("b.replace", vec![bv(), sub.clone(), new.clone(), V::I(c)]));
        }
        ops.push(("b.partition", vec![bv(), sub.clone()]));
        ops.push(("b.rpartition", vec![bv(), sub.clone()]));
        for &m in COUNTS {
            ops.push(("b.split", vec![bv(), sub.clone(), V::I(m)]));
            ops.push(("b.rsplit", vec![bv(), sub.clone(), V::I(m)]));
        }
        for name in [
            "b.strip",
            "b.lstrip",
            "b.rstrip",
            "b.removeprefix",
            "b.removesuffix",
        ] {
            ops.push((name, vec![bv(), sub.clone()]));
        }
        let width = V::I(self.rng.choice(WIDTHS));
        let fill = V::B(self.rng.choice(BFILLS).to_vec());
        for name in ["b.center", "b.ljust", "b.rjust"] {
            ops.push((name, vec![bv(), width.clone(), fill.clone()]));
        }
        ops.push(("b.zfill", vec![bv(), width]));
        let sep = HEXSEPS[self.rng.below(HEXSEPS.len())].to_v();
        let n = V::I(self.rng.choice(HEXNS));
        ops.push(("b.hex", vec![bv(), sep, n]));
        let n = self.rng.below(4) as i64 - 1;
        ops.push(("b.repeat", vec![bv(), V::I(n)]));
        ops
    }
}

/// zlib's CRC-32, continuing from `crc`.
fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

#[test]
fn crc32_matches_zlib() {
    // zlib.crc32(b"123456789") == 0xcbf43926
    assert_eq!(crc32(0, b"123456789"), 0xcbf4_3926);
    assert_eq!(crc32(crc32(0, b"12345"), b"6789"), 0xcbf4_3926);
}

#[test]
fn random_inputs() {
    let pool: Vec<char> = POOL.chars().collect();
    let cased: Vec<char> = CASED_POOL.chars().collect();
    let mut g = Gen {
        rng: Rng(SEED),
        pool: pool.clone(),
    };
    let mut crcs: BTreeMap<&str, u32> = BTreeMap::new();
    let mut feed = |ops: Vec<(&'static str, Vec<V>)>| {
        for (name, args) in ops {
            let data = call(name, &args).encoded();
            let e = crcs.entry(name).or_insert(0);
            *e = crc32(*e, &data);
        }
    };
    for i in 0..N_RANDOM_STR {
        let s = if i % 2 == 0 {
            g.rand_str(&pool, 0, 10)
        } else {
            g.rand_str(&cased, 1, 8)
        };
        feed(g.str_ops(&s));
    }
    for _ in 0..N_RANDOM_BYTES {
        let b = g.rand_bytes(0, 10);
        feed(g.bytes_ops(&b));
    }
    let mut bad = Vec::new();
    for &(name, want) in RANDOM_CRCS {
        if crcs.get(name) != Some(&want) {
            bad.push(name);
        }
    }
    assert_eq!(crcs.len(), RANDOM_CRCS.len());
    assert!(bad.is_empty(), "checksum mismatch for {bad:?}");
}

// ---------------------------------------------------------------------------
// Every code point.

fn unicode_crc(name: &str) -> u32 {
    let chars = (0..0x11_0000u32).filter_map(char::from_u32);
    let mut crc = 0;
    let mut buf = Vec::new();
    let mut add_str = |crc: &mut u32, s: &str| {
        buf.clear();
        buf.extend_from_slice(s.as_bytes());
        buf.push(0xff);
        *crc = crc32(*crc, &buf);
    };
    let mut tmp = [0u8; 4];
    for c in chars {
        let cs: &str = c.encode_utf8(&mut tmp);
        match name {
            "lower" => add_str(&mut crc, &lower(cs)),
            "upper" => add_str(&mut crc, &upper(cs)),
            "title" => add_str(&mut crc, &title(cs)),
            "casefold" => add_str(&mut crc, &casefold(cs)),
            "swapcase" => add_str(&mut crc, &swapcase(cs)),
            "capitalize" => add_str(&mut crc, &capitalize(cs)),
            "repr" => add_str(&mut crc, &str_repr(cs)),
            "ascii" => add_str(&mut crc, &str_ascii(cs)),
            "title_after" => add_str(&mut crc, &title(&format!("{c}a"))),
            "decimal" => crc = crc32(crc, &[decimal_value(c).map_or(255, |d| d as u8)]),
            _ => {
                let v = match name {
                    "isalnum" => isalnum(cs),
                    "isalpha" => isalpha(cs),
                    "isdecimal" => isdecimal(cs),
                    "isdigit" => isdigit(cs),
                    "isnumeric" => isnumeric(cs),
                    "isspace" => isspace(cs),
                    "isprintable" => isprintable(cs),
                    "islower" => islower(cs),
                    "isupper" => isupper(cs),
                    "istitle" => istitle(cs),
                    "isidentifier" => isidentifier(cs),
                    "isidentifier_continue" => isidentifier(&format!("a{c}")),
                    "final_sigma_after" => lower(&format!("A{c}\u{3a3}")).ends_with('\u{3c2}'),
                    _ => panic!("unknown property {name}"),
                };
                crc = crc32(crc, &[u8::from(v)]);
            }
        }
    }
    crc
}

#[test]
fn every_code_point() {
    let bad: Vec<&str> = std::thread::scope(|scope| {
        let handles: Vec<_> = UNICODE_CRCS
            .iter()
            .map(|&(name, want)| scope.spawn(move || (name, unicode_crc(name) == want)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread panicked"))
            .filter(|&(_, ok)| !ok)
            .map(|(name, _)| name)
            .collect()
    });
    assert!(bad.is_empty(), "checksum mismatch for {bad:?}");
}

#[test]
fn messages_match_cpython() {
    for &(name, args, want) in MESSAGES {
        let template = match name {
            "EMPTY_SEPARATOR" => msg::EMPTY_SEPARATOR,
            "SUBSTRING_NOT_FOUND" => msg::SUBSTRING_NOT_FOUND,
            "SUBSECTION_NOT_FOUND" => msg::SUBSECTION_NOT_FOUND,
            "FILL_CHAR_LENGTH" => msg::FILL_CHAR_LENGTH,
            "FILL_CHAR_TYPE" => msg::FILL_CHAR_TYPE,
            "BYTES_FILL_CHAR" => msg::BYTES_FILL_CHAR,
            "JOIN_ITEM" => msg::JOIN_ITEM,
            "BYTES_JOIN_ITEM" => msg::BYTES_JOIN_ITEM,
            "STARTSWITH_ARG" => msg::STARTSWITH_ARG,
            "STARTSWITH_TUPLE_ITEM" => msg::STARTSWITH_TUPLE_ITEM,
            "BYTES_STARTSWITH_ARG" => msg::BYTES_STARTSWITH_ARG,
            "STRIP_ARG" => msg::STRIP_ARG,
            "SPLIT_SEP" => msg::SPLIT_SEP,
            "BYTE_RANGE" => msg::BYTE_RANGE,
            "TRANSLATE_RANGE" => msg::TRANSLATE_RANGE,
            "TRANSLATE_TYPE" => msg::TRANSLATE_TYPE,
            "MAKETRANS_ONE_ARG" => msg::MAKETRANS_ONE_ARG,
            "MAKETRANS_KEY_TYPE" => msg::MAKETRANS_KEY_TYPE,
            "MAKETRANS_FIRST_ARG" => msg::MAKETRANS_FIRST_ARG,
            _ => panic!("unknown message {name}"),
        };
        assert_eq!(msg::format(template, args), want, "{name}");
    }
    assert_eq!(
        by::fillchar("center", "bytearray", b"xy")
            .unwrap_err()
            .message(),
        msg::format(msg::BYTES_FILL_CHAR, &["center", "bytearray"])
    );
}
