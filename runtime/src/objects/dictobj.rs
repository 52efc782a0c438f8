//! Dict-level operations that run Python code (equality of values).

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `a == b` for two dicts: same keys, equal values.
pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(Payload::Dict(x)), Some(Payload::Dict(y))) = (a.payload(), b.payload()) else { return Ok(false) };
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    let items: Vec<(Value, Value)> = x.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    let Value::Obj(bo) = b else { return Ok(false) };
    for (k, v) in items {
        match crate::vm::ops::dict_get(vm, bo, &k)? {
            Some(w) => {
                if !(v.is(&w) || vm.eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
