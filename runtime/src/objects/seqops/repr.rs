//! `repr()` of the built-in containers for their `__repr__` methods (= `list_repr`,
//! `tuple_repr`, `dict_repr`, `set_repr`, `dictview_repr`): items through `vm.repr`, the
//! recursion guard on `vm.repr_stack` (`[...]`, `{...}`, `(...)`, `set(...)`), and the
//! subclass name for sets (`MySet({1})`).

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn join(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(it)?);
    }
    Ok(out)
}

/// The repr of a list, tuple, dict, set/frozenset or dict view object.
pub fn container_repr(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    let addr = o.addr();
    if vm.repr_stack.contains(&addr) {
        return Ok(match &o.payload {
            Payload::List(_) => "[...]".into(),
            Payload::Tuple(_) => "(...)".into(),
            Payload::Dict(_) => "{...}".into(),
            Payload::Set(_) => format!("{}(...)", o.type_name()),
            _ => "...".into(),
        });
    }
    vm.repr_stack.push(addr);
    let r = repr_items(vm, o);
    vm.repr_stack.retain(|&a| a != addr);
    r
}

fn repr_items(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    Ok(match &o.payload {
        Payload::List(l) => {
            let items = l.borrow().clone();
            format!("[{}]", join(vm, &items)?)
        }
        Payload::Tuple(t) => {
            let items = t.clone();
            let inner = join(vm, &items)?;
            if items.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            }
        }
        Payload::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            let mut out = String::from("{");
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(k)?);
                out.push_str(": ");
                out.push_str(&vm.repr(v)?);
            }
            out.push('}');
            out
        }
        Payload::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().map(|(_, k)| k.clone()).collect();
            let name = o.type_name();
            if items.is_empty() {
                return Ok(format!("{name}()"));
            }
            let inner = join(vm, &items)?;
            if PyRef::ptr_eq(&o.type_ref(), &vm.types.set) {
                format!("{{{inner}}}")
            } else {
                format!("{name}({{{inner}}})")
            }
        }
        Payload::DictView { dict, kind } => {
            let items = crate::objects::dictobj::view_items(vm, dict, *kind);
            format!("{}([{}])", o.type_name(), join(vm, &items)?)
        }
        _ => format!("<{} object at {:#x}>", o.type_name(), o.addr()),
    })
}
