//! Ranges with arbitrary-precision bounds.
//!
//! `Payload::Range` holds i64 bounds (what loops and the JIT use). A range whose start, stop
//! or step does not fit (`range(10**20, 10**20 + 5)`) is an instance of `range` with an
//! `Object` payload whose `start`, `stop` and `step` are stored as attributes; the interpreter
//! reaches it through `range`'s methods (`__len__`, `__getitem__`, `__iter__`, ...), and
//! [`BigRange`] does the arithmetic for both representations (= CPython's `rangeobject.c`,
//! which is all `PyLong`).

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::numeric::{as_int, IntArg};
use crate::vm::{Args, PyResult, Vm};

/// A range's bounds as big integers.
#[derive(Clone, PartialEq, Eq)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    /// Number of items (= `compute_range_length`).
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -self.step.clone())
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u8) / step + 1u8
    }

    /// Item `i` (0 <= i < len).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// Whether the int `x` is an item.
    pub fn contains(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        inside && ((x - &self.start) % &self.step).is_zero()
    }

    /// The position of the int `x`, if it is an item.
    pub fn index_of(&self, x: &BigInt) -> Option<BigInt> {
        if self.contains(x) {
            Some((x - &self.start) / &self.step)
        } else {
            None
        }
    }

    /// `==` of ranges: the same sequence of items (= `range_equals`).
    pub fn same_items(&self, other: &BigRange) -> bool {
        let (l1, l2) = (self.len(), other.len());
        if l1 != l2 {
            return false;
        }
        if l1.is_zero() {
            return true;
        }
        if self.start != other.start {
            return false;
        }
        l1.is_one() || self.step == other.step
    }
}

/// The bounds of a range object of either representation.
pub fn get(vm: &mut Vm, v: &Value) -> Option<BigRange> {
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Range { start, stop, step } => Some(BigRange {
            start: (*start).into(),
            stop: (*stop).into(),
            step: (*step).into(),
        }),
        Payload::Object if PyRef::ptr_eq(&o.type_ref(), &vm.types.range) => {
            let d = o.get_dict()?;
            let mut field = |name: &str| {
                crate::vm::ops::dict_get_str(vm, &d, name)
                    .and_then(|x| as_int(&x).map(|i| i.to_big()))
            };
            Some(BigRange {
                start: field("start")?,
                stop: field("stop")?,
                step: field("step")?,
            })
        }
        _ => None,
    }
}

/// Whether `v` is a range of either representation.
pub fn is_range(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Range { .. } => true,
            Payload::Object => PyRef::ptr_eq(&o.type_ref(), &vm.types.range),
            _ => false,
        },
        _ => false,
    }
}

/// A new range object: `Payload::Range` when the bounds fit in i64.
pub fn new_range(vm: &mut Vm, r: BigRange) -> PyResult<Value> {
    if let (Some(start), Some(stop), Some(step)) =
        (r.start.to_i64(), r.stop.to_i64(), r.step.to_i64())
    {
        return Ok(Value::Obj(PyRef::new(
            &vm.types.range,
            Payload::Range { start, stop, step },
        )));
    }
    let o = PyRef::new(&vm.types.range, Payload::Object);
    let d = vm.new_dict_ref();
    for (name, v) in [("start", r.start), ("stop", r.stop), ("step", r.step)] {
        let k = Value::Obj(vm.intern(name));
        let v = vm.new_int(v);
        crate::vm::ops::dict_set(vm, &d, k, v)?;
    }
    o.set_dict(Some(d));
    Ok(Value::Obj(o))
}

/// An integer argument through `__index__`, as a big integer; `what` names the error.
pub fn index_big(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    if !matches!(v, Value::Float(_)) {
        if let Some(f) = vm.lookup_special(v, "__index__") {
            let r = vm.call(&f, Args::new(std::slice::from_ref(v)))?;
            if let Some(i) = as_int(&r) {
                return Ok(i.to_big());
            }
            return Err(vm.type_error(&format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
    }
    Err(vm.type_error(&what.replace("{}", &vm.type_name(v))))
}

/// `slice.indices(len)` with big integers (= `_PySlice_GetLongIndices`).
pub fn slice_indices_big(
    vm: &mut Vm,
    parts: &[Value; 3],
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    const WHAT: &str = "slice indices must be integers or None or have an __index__ method";
    let step = if parts[2].is_none() {
        BigInt::one()
    } else {
        index_big(vm, &parts[2], WHAT)?
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let bound = |vm: &mut Vm, v: &Value, dflt: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(dflt.clone());
        }
        let i = index_big(vm, v, WHAT)?;
        Ok(if i.is_negative() {
            let j = i + len;
            if j < lower {
                lower.clone()
            } else {
                j
            }
        } else if i > upper {
            upper.clone()
        } else {
            i
        })
    };
    let start = bound(vm, &parts[0], if neg { &upper } else { &lower })?;
    let stop = bound(vm, &parts[1], if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// `r[key]` for an int or slice key (= `range_subscript`).
pub fn subscript(vm: &mut Vm, r: &BigRange, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(s)) = key.payload() {
        let parts: [Value; 3] = (**s).clone();
        let (start, stop, step) = slice_indices_big(vm, &parts, &r.len())?;
        let sub = BigRange {
            start: r.item(&start),
            stop: r.item(&stop),
            step: &r.step * step,
        };
        return new_range(vm, sub);
    }
    if as_int(key).is_none()
        && (matches!(key, Value::Float(_)) || vm.lookup_special(key, "__index__").is_none())
    {
        return Err(vm.type_error(&format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    }
    let mut i = index_big(vm, key, "range indices must be integers or slices, not {}")?;
    let n = r.len();
    if i.is_negative() {
        i += &n;
    }
    if i.is_negative() || i >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(r.item(&i)))
}

/// The int value of an exact int or bool argument (for the arithmetic membership tests).
pub fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some((*b as i64).into()),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) && !o.type_data().is_heap() => {
            as_int(v).map(|i| match i {
                IntArg::Small(s) => s.into(),
                IntArg::Big(b) => b.clone(),
            })
        }
        _ => None,
    }
}
