//! CPython 3.11's timsort (`Objects/listobject.c`: `count_run`, `binarysort`, galloping
//! `merge_lo`/`merge_hi`, the powersort merge policy), ported so that the sequence of `<`
//! comparisons — which Python code can observe through `__lt__` and key functions, and which
//! decides which error a mixed-type sort raises — is the same as CPython's.
//!
//! The comparison may fail: the first error stops the sort, and the slice is left a
//! permutation of its input (every merge puts its temporary items back), as in CPython.
//! Items are moved by swapping with `T::default()` holes, so the slice briefly holds holes
//! while a merge runs; the slice is private to the sort, so nothing can observe them.

use crate::vm::{PyErr, PyResult};

const MIN_GALLOP: usize = 7;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, T, F> {
    lt: &'a mut F,
    item: std::marker::PhantomData<T>,
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

enum Exit {
    Succeed,
    CopyOther,
}

/// Sorts `a` stably by `lt` (`lt(x, y)` is `x < y`). On error the slice holds a permutation
/// of its items.
pub fn timsort<T: Default, F: FnMut(&T, &T) -> PyResult<bool>>(
    a: &mut [T],
    lt: &mut F,
) -> PyResult<()> {
    let n = a.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        lt,
        item: std::marker::PhantomData,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        listlen: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut rem = n;
    while rem > 0 {
        let (mut cnt, desc) = ms.count_run(a, lo, lo + rem)?;
        if desc {
            a[lo..lo + cnt].reverse();
        }
        if cnt < minrun {
            let force = rem.min(minrun);
            ms.binarysort(a, lo, lo + force, lo + cnt)?;
            cnt = force;
        }
        ms.found_new_run(a, cnt)?;
        ms.pending.push(Run {
            base: lo,
            len: cnt,
            power: 0,
        });
        lo += cnt;
        rem -= cnt;
    }
    ms.force_collapse(a)
}

/// Moves a run out into a temporary vector, leaving `T::default()` holes behind.
fn take_run<T: Default>(run: &mut [T]) -> Vec<T> {
    let mut tmp = Vec::with_capacity(run.len());
    tmp.resize_with(run.len(), T::default);
    tmp.swap_with_slice(run);
    tmp
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort "power" of the run boundary between runs `[s1, s1+n1)` and
/// `[s1+n1, s1+n1+n2)` in a list of `n` items (= `powerloop`).
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Default, F: FnMut(&T, &T) -> PyResult<bool>> MergeState<'_, T, F> {
    #[inline]
    fn lt(&mut self, x: &T, y: &T) -> PyResult<bool> {
        (self.lt)(x, y)
    }

    /// Length of the run starting at `lo` and whether it is strictly descending.
    fn count_run(&mut self, a: &[T], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut p = lo + 2;
        if self.lt(&a[lo + 1], &a[lo])? {
            while p < hi && self.lt(&a[p], &a[p - 1])? {
                p += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            while p < hi && !self.lt(&a[p], &a[p - 1])? {
                p += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of `a[lo..hi]`, whose prefix `a[lo..start]` is sorted.
    fn binarysort(&mut self, a: &mut [T], lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(&a[start], &a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            a[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// Where `key` goes in sorted `arr` (leftmost position), starting the search at `hint`.
    fn gallop_left(&mut self, key: &T, arr: &[T], hint: usize) -> PyResult<usize> {
        let n = arr.len();
        let (mut lastofs, mut ofs);
        ofs = 1;
        lastofs = 0;
        if self.lt(&arr[hint], key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(&arr[hint + ofs], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(&arr[hint - ofs], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = (hint + 1).wrapping_sub(ofs);
            ofs = hint - k;
            return self.gallop_finish_left(key, arr, lastofs, ofs);
        }
        self.gallop_finish_left(key, arr, lastofs + 1, ofs)
    }

    /// Binary search in `arr[lo..hi]` for the leftmost place of `key` (`lo` is one past the
    /// last item known to be < key).
    fn gallop_finish_left(
        &mut self,
        key: &T,
        arr: &[T],
        mut lo: usize,
        mut hi: usize,
    ) -> PyResult<usize> {
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(&arr[m], key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// Where `key` goes in sorted `arr` (rightmost position), starting the search at `hint`.
    fn gallop_right(&mut self, key: &T, arr: &[T], hint: usize) -> PyResult<usize> {
        let n = arr.len();
        let mut ofs = 1;
        let mut lastofs = 0;
        let lo;
        let hi;
        if self.lt(key, &arr[hint])? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, &arr[hint - ofs])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lo = (hint + 1).wrapping_sub(ofs);
            hi = hint - lastofs;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, &arr[hint + ofs])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = lastofs + hint + 1;
            hi = ofs + hint;
        }
        let (mut lo, mut hi) = (lo, hi);
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(key, &arr[m])? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    /// Merges the pending runs whose power exceeds the new run boundary's (= `found_new_run`).
    fn found_new_run(&mut self, a: &mut [T], n2: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last() {
            let power = powerloop(last.base, last.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(a, self.pending.len() - 2)?;
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
        }
        Ok(())
    }

    fn force_collapse(&mut self, a: &mut [T]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(a, n)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [T], i: usize) -> PyResult<()> {
        let (mut pa, mut na) = (self.pending[i].base, self.pending[i].len);
        let (pb, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let k = self.gallop_right(&a[pb], &a[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let nb = self.gallop_left(&a[pa + na - 1], &a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, pa, na, pb, nb)
        } else {
            self.merge_hi(a, pa, na, pb, nb)
        }
    }

    /// Merges `a[pa..pa+na]` and `a[pb..pb+nb]` (adjacent, `na <= nb`) left to right.
    fn merge_lo(
        &mut self,
        a: &mut [T],
        pa: usize,
        na: usize,
        pb: usize,
        nb: usize,
    ) -> PyResult<()> {
        let mut tmp = take_run(&mut a[pa..pa + na]);
        let mut s = LoState {
            dest: pa,
            ta: 0,
            pb,
            na,
            nb,
        };
        let r = self.merge_lo_inner(a, &mut tmp, &mut s);
        match r {
            Ok(Exit::CopyOther) => {
                for i in 0..s.nb {
                    a.swap(s.dest + i, s.pb + i);
                }
                std::mem::swap(&mut a[s.dest + s.nb], &mut tmp[s.ta]);
            }
            Ok(Exit::Succeed) | Err(_) => {
                for i in 0..s.na {
                    std::mem::swap(&mut a[s.dest + i], &mut tmp[s.ta + i]);
                }
            }
        }
        r.map(|_| ())
    }

    fn merge_lo_inner(
        &mut self,
        a: &mut [T],
        tmp: &mut [T],
        s: &mut LoState,
    ) -> Result<Exit, PyErr> {
        a.swap(s.dest, s.pb);
        s.dest += 1;
        s.pb += 1;
        s.nb -= 1;
        if s.nb == 0 {
            return Ok(Exit::Succeed);
        }
        if s.na == 1 {
            return Ok(Exit::CopyOther);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if self.lt(&a[s.pb], &tmp[s.ta])? {
                    a.swap(s.dest, s.pb);
                    s.dest += 1;
                    s.pb += 1;
                    bcount += 1;
                    acount = 0;
                    s.nb -= 1;
                    if s.nb == 0 {
                        return Ok(Exit::Succeed);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    std::mem::swap(&mut a[s.dest], &mut tmp[s.ta]);
                    s.dest += 1;
                    s.ta += 1;
                    acount += 1;
                    bcount = 0;
                    s.na -= 1;
                    if s.na == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = self.gallop_right(&a[s.pb], &tmp[s.ta..s.ta + s.na], 0)?;
                acount = k;
                if k > 0 {
                    for i in 0..k {
                        std::mem::swap(&mut a[s.dest + i], &mut tmp[s.ta + i]);
                    }
                    s.dest += k;
                    s.ta += k;
                    s.na -= k;
                    if s.na == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    if s.na == 0 {
                        return Ok(Exit::Succeed);
                    }
                }
                a.swap(s.dest, s.pb);
                s.dest += 1;
                s.pb += 1;
                s.nb -= 1;
                if s.nb == 0 {
                    return Ok(Exit::Succeed);
                }
                let k = self.gallop_left(&tmp[s.ta], &a[s.pb..s.pb + s.nb], 0)?;
                bcount = k;
                if k > 0 {
                    for i in 0..k {
                        a.swap(s.dest + i, s.pb + i);
                    }
                    s.dest += k;
                    s.pb += k;
                    s.nb -= k;
                    if s.nb == 0 {
                        return Ok(Exit::Succeed);
                    }
                }
                std::mem::swap(&mut a[s.dest], &mut tmp[s.ta]);
                s.dest += 1;
                s.ta += 1;
                s.na -= 1;
                if s.na == 1 {
                    return Ok(Exit::CopyOther);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges `a[pa..pa+na]` and `a[pb..pb+nb]` (adjacent, `na > nb`) right to left.
    fn merge_hi(
        &mut self,
        a: &mut [T],
        pa: usize,
        na: usize,
        pb: usize,
        nb: usize,
    ) -> PyResult<()> {
        let mut tmp = take_run(&mut a[pb..pb + nb]);
        let mut s = HiState {
            dest: (pb + nb - 1) as isize,
            ia: (pa + na - 1) as isize,
            tb: nb as isize - 1,
            na,
            nb,
            basea: pa,
        };
        let r = self.merge_hi_inner(a, &mut tmp, &mut s);
        match r {
            Ok(Exit::CopyOther) => {
                for i in 0..s.na as isize {
                    a.swap((s.dest - i) as usize, (s.ia - i) as usize);
                }
                s.dest -= s.na as isize;
                std::mem::swap(&mut a[s.dest as usize], &mut tmp[s.tb as usize]);
            }
            Ok(Exit::Succeed) | Err(_) => {
                let first = s.dest - (s.nb as isize - 1);
                for i in 0..s.nb {
                    std::mem::swap(&mut a[first as usize + i], &mut tmp[i]);
                }
            }
        }
        r.map(|_| ())
    }

    fn merge_hi_inner(
        &mut self,
        a: &mut [T],
        tmp: &mut [T],
        s: &mut HiState,
    ) -> Result<Exit, PyErr> {
        a.swap(s.dest as usize, s.ia as usize);
        s.dest -= 1;
        s.ia -= 1;
        s.na -= 1;
        if s.na == 0 {
            return Ok(Exit::Succeed);
        }
        if s.nb == 1 {
            return Ok(Exit::CopyOther);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if self.lt(&tmp[s.tb as usize], &a[s.ia as usize])? {
                    a.swap(s.dest as usize, s.ia as usize);
                    s.dest -= 1;
                    s.ia -= 1;
                    acount += 1;
                    bcount = 0;
                    s.na -= 1;
                    if s.na == 0 {
                        return Ok(Exit::Succeed);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    std::mem::swap(&mut a[s.dest as usize], &mut tmp[s.tb as usize]);
                    s.dest -= 1;
                    s.tb -= 1;
                    bcount += 1;
                    acount = 0;
                    s.nb -= 1;
                    if s.nb == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k =
                    self.gallop_right(&tmp[s.tb as usize], &a[s.basea..s.basea + s.na], s.na - 1)?;
                let k = s.na - k;
                acount = k;
                if k > 0 {
                    s.dest -= k as isize;
                    s.ia -= k as isize;
                    for i in (0..k as isize).rev() {
                        a.swap((s.dest + 1 + i) as usize, (s.ia + 1 + i) as usize);
                    }
                    s.na -= k;
                    if s.na == 0 {
                        return Ok(Exit::Succeed);
                    }
                }
                std::mem::swap(&mut a[s.dest as usize], &mut tmp[s.tb as usize]);
                s.dest -= 1;
                s.tb -= 1;
                s.nb -= 1;
                if s.nb == 1 {
                    return Ok(Exit::CopyOther);
                }
                let k = self.gallop_left(&a[s.ia as usize], &tmp[..s.nb], s.nb - 1)?;
                let k = s.nb - k;
                bcount = k;
                if k > 0 {
                    s.dest -= k as isize;
                    s.tb -= k as isize;
                    for i in 0..k as isize {
                        std::mem::swap(
                            &mut a[(s.dest + 1 + i) as usize],
                            &mut tmp[(s.tb + 1 + i) as usize],
                        );
                    }
                    s.nb -= k;
                    if s.nb == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    if s.nb == 0 {
                        return Ok(Exit::Succeed);
                    }
                }
                a.swap(s.dest as usize, s.ia as usize);
                s.dest -= 1;
                s.ia -= 1;
                s.na -= 1;
                if s.na == 0 {
                    return Ok(Exit::Succeed);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

struct LoState {
    dest: usize,
    ta: usize,
    pb: usize,
    na: usize,
    nb: usize,
}

struct HiState {
    dest: isize,
    ia: isize,
    tb: isize,
    na: usize,
    nb: usize,
    basea: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    fn inputs() -> Vec<Vec<(u64, usize)>> {
        let mut seed = 7;
        let mut out = Vec::new();
        for &n in &[0usize, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000] {
            for kind in 0..4 {
                let mut v: Vec<u64> = (0..n)
                    .map(|_| lcg(&mut seed) % if kind == 0 { 10 } else { 1000 })
                    .collect();
                if kind == 2 {
                    v.sort_unstable();
                    for _ in 0..5.min(n) {
                        let (i, j) = (lcg(&mut seed) as usize % n, lcg(&mut seed) as usize % n);
                        v.swap(i, j);
                    }
                }
                if kind == 3 {
                    for chunk in v.chunks_mut(37) {
                        chunk.sort_unstable_by(|a, b| b.cmp(a));
                    }
                }
                out.push(v.into_iter().enumerate().map(|(i, x)| (x, i)).collect());
            }
        }
        out
    }

    #[test]
    fn sorts_stably() {
        for input in inputs() {
            let mut got = input.clone();
            timsort(&mut got, &mut |a: &(u64, usize), b: &(u64, usize)| {
                Ok(a.0 < b.0)
            })
            .unwrap();
            let mut want = input.clone();
            want.sort_by_key(|p| p.0);
            assert_eq!(got, want);
        }
    }

    #[test]
    fn failure_leaves_a_permutation() {
        for input in inputs() {
            for stop_after in [1usize, 5, 50, 500] {
                let mut got = input.clone();
                let mut calls = 0;
                let r = timsort(&mut got, &mut |a: &(u64, usize), b: &(u64, usize)| {
                    calls += 1;
                    if calls == stop_after {
                        Err(crate::vm::PyErr(crate::object::PyRef::new_self_typed(
                            crate::object::Payload::Object,
                        )))
                    } else {
                        Ok(a.0 < b.0)
                    }
                });
                let mut ids: Vec<usize> = got.iter().map(|p| p.1).collect();
                ids.sort_unstable();
                assert_eq!(ids, (0..input.len()).collect::<Vec<_>>());
                assert_eq!(r.is_err(), calls >= stop_after);
            }
        }
    }
}
