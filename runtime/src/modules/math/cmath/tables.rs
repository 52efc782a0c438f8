//! Special-value tables of `cmath`, recorded from CPython 3.11 by evaluating each function
//! at every pair of -inf, -2.0, -0.0, 0.0, 2.0, inf, nan that has a non-finite part.
//! `N` marks finite pairs (computed, never looked up); `D` a `math domain error`.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

use super::{Table, D, INF, N, NAN, V};

/// 3π/4, correctly rounded (CPython's `0.75*Py_MATH_PI`).
const FRAC_3PI_4: f64 = 0.75 * PI;

/// `cmath.acos` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const ACOS_SV: Table = [
    [V(FRAC_3PI_4, INF), V(PI, INF), V(PI, INF), V(PI, -INF), V(PI, -INF), V(FRAC_3PI_4, -INF), V(NAN, INF)],
    [V(FRAC_PI_2, INF), N, N, N, N, V(FRAC_PI_2, -INF), V(NAN, NAN)],
    [V(FRAC_PI_2, INF), N, N, N, N, V(FRAC_PI_2, -INF), V(FRAC_PI_2, NAN)],
    [V(FRAC_PI_2, INF), N, N, N, N, V(FRAC_PI_2, -INF), V(FRAC_PI_2, NAN)],
    [V(FRAC_PI_2, INF), N, N, N, N, V(FRAC_PI_2, -INF), V(NAN, NAN)],
    [V(FRAC_PI_4, INF), V(0.0, INF), V(0.0, INF), V(0.0, -INF), V(0.0, -INF), V(FRAC_PI_4, -INF), V(NAN, INF)],
    [V(NAN, INF), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, -INF), V(NAN, NAN)],
];

/// `cmath.acosh` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const ACOSH_SV: Table = [
    [V(INF, -FRAC_3PI_4), V(INF, -PI), V(INF, -PI), V(INF, PI), V(INF, PI), V(INF, FRAC_3PI_4), V(INF, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_4), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, FRAC_PI_4), V(INF, NAN)],
    [V(INF, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
];

/// `cmath.asinh` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const ASINH_SV: Table = [
    [V(-INF, -FRAC_PI_4), V(-INF, -0.0), V(-INF, -0.0), V(-INF, 0.0), V(-INF, 0.0), V(-INF, FRAC_PI_4), V(-INF, NAN)],
    [V(-INF, -FRAC_PI_2), N, N, N, N, V(-INF, FRAC_PI_2), V(NAN, NAN)],
    [V(-INF, -FRAC_PI_2), N, N, N, N, V(-INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_4), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, FRAC_PI_4), V(INF, NAN)],
    [V(INF, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
];

/// `cmath.atanh` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const ATANH_SV: Table = [
    [V(-0.0, -FRAC_PI_2), V(-0.0, -FRAC_PI_2), V(-0.0, -FRAC_PI_2), V(-0.0, FRAC_PI_2), V(-0.0, FRAC_PI_2), V(-0.0, FRAC_PI_2), V(-0.0, NAN)],
    [V(-0.0, -FRAC_PI_2), N, N, N, N, V(-0.0, FRAC_PI_2), V(NAN, NAN)],
    [V(-0.0, -FRAC_PI_2), N, N, N, N, V(-0.0, FRAC_PI_2), V(-0.0, NAN)],
    [V(0.0, -FRAC_PI_2), N, N, N, N, V(0.0, FRAC_PI_2), V(0.0, NAN)],
    [V(0.0, -FRAC_PI_2), N, N, N, N, V(0.0, FRAC_PI_2), V(NAN, NAN)],
    [V(0.0, -FRAC_PI_2), V(0.0, -FRAC_PI_2), V(0.0, -FRAC_PI_2), V(0.0, FRAC_PI_2), V(0.0, FRAC_PI_2), V(0.0, FRAC_PI_2), V(0.0, NAN)],
    [V(0.0, -FRAC_PI_2), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(0.0, FRAC_PI_2), V(NAN, NAN)],
];

/// `cmath.cosh` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const COSH_SV: Table = [
    [D, V(-INF, INF), V(INF, 0.0), V(INF, -0.0), V(-INF, -INF), D, V(INF, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(NAN, 0.0)],
    [D, N, N, N, N, D, V(NAN, 0.0)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, V(-INF, -INF), V(INF, -0.0), V(INF, 0.0), V(-INF, INF), D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, 0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

/// `cmath.exp` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const EXP_SV: Table = [
    [V(0.0, 0.0), V(-0.0, -0.0), V(0.0, -0.0), V(0.0, 0.0), V(-0.0, 0.0), V(0.0, 0.0), V(0.0, 0.0)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, V(-INF, -INF), V(INF, -0.0), V(INF, 0.0), V(-INF, INF), D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

/// `cmath.log` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const LOG_SV: Table = [
    [V(INF, -FRAC_3PI_4), V(INF, -PI), V(INF, -PI), V(INF, PI), V(INF, PI), V(INF, FRAC_3PI_4), V(INF, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_2), N, N, N, N, V(INF, FRAC_PI_2), V(NAN, NAN)],
    [V(INF, -FRAC_PI_4), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, FRAC_PI_4), V(INF, NAN)],
    [V(INF, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
];

/// `cmath.sinh` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const SINH_SV: Table = [
    [D, V(INF, -INF), V(-INF, -0.0), V(-INF, 0.0), V(INF, INF), D, V(INF, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(0.0, NAN)],
    [D, N, N, N, N, D, V(0.0, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, V(-INF, -INF), V(INF, -0.0), V(INF, 0.0), V(-INF, INF), D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

/// `cmath.sqrt` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const SQRT_SV: Table = [
    [V(INF, -INF), V(0.0, -INF), V(0.0, -INF), V(0.0, INF), V(0.0, INF), V(INF, INF), V(NAN, INF)],
    [V(INF, -INF), N, N, N, N, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), N, N, N, N, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), N, N, N, N, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), N, N, N, N, V(INF, INF), V(NAN, NAN)],
    [V(INF, -INF), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, INF), V(INF, NAN)],
    [V(INF, -INF), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, INF), V(NAN, NAN)],
];

/// `cmath.tanh` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const TANH_SV: Table = [
    [V(-1.0, 0.0), V(-1.0, 0.0), V(-1.0, -0.0), V(-1.0, 0.0), V(-1.0, -0.0), V(-1.0, 0.0), V(-1.0, 0.0)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [V(1.0, 0.0), V(1.0, 0.0), V(1.0, -0.0), V(1.0, 0.0), V(1.0, -0.0), V(1.0, 0.0), V(1.0, 0.0)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

/// `cmath.rect` at non-finite arguments, by the classes of the real and imaginary parts.
pub(super) const RECT_SV: Table = [
    [D, V(INF, INF), V(-INF, 0.0), V(-INF, -0.0), V(INF, -INF), D, V(INF, NAN)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [V(0.0, 0.0), N, N, N, N, V(0.0, 0.0), V(0.0, 0.0)],
    [V(0.0, 0.0), N, N, N, N, V(0.0, 0.0), V(0.0, 0.0)],
    [D, N, N, N, N, D, V(NAN, NAN)],
    [D, V(-INF, -INF), V(INF, -0.0), V(INF, 0.0), V(-INF, INF), D, V(INF, NAN)],
    [V(NAN, NAN), V(NAN, NAN), V(NAN, 0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
];

