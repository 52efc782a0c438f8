//! "Did you mean" suggestions for uncaught `NameError` and `AttributeError`
//! (= CPython 3.11's `Python/suggestions.c`): the closest candidate name by a Levenshtein
//! distance over UTF-8 bytes where a substitution costs 2 and a case-only change 1, within
//! `(len(name) + len(candidate) + 3) * 2 // 6`, from `dir(obj)` for `AttributeError` and from
//! the failing frame's local variable names, then its globals, then the builtins for
//! `NameError`. Lists of 750 or more candidates are not searched. Only exceptions of exactly
//! those two types get suggestions.

use crate::object::{Payload, PyRef};
use crate::value::Value;
use crate::vm::{Args, Vm};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance`: anything above `max_cost` may be reported as
/// `max_cost + 1`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the best candidate, the first one on ties. None when
/// there are too many candidates or one of them is not a str.
fn best_match(name: &str, candidates: &[Value]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for c in candidates {
        let item = c.as_str()?;
        if item == name {
            continue;
        }
        let max =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.map(str::to_string)
}

/// The keys of a dict object, in order.
fn dict_keys(d: &PyRef) -> Vec<Value> {
    match &d.payload {
        Payload::Dict(cell) => cell.borrow().iter().map(|e| e.key.clone()).collect(),
        _ => Vec::new(),
    }
}

/// An attribute of the exception (`name`, `obj`), None if unset.
fn exc_attr(vm: &mut Vm, exc: &PyRef, name: &str) -> Option<Value> {
    match vm.getattr_opt_str(&Value::Obj(exc.clone()), name) {
        Ok(Some(v)) if !v.is_none() => Some(v),
        _ => None,
    }
}

/// `sorted(dir(obj))` as CPython's `PyObject_Dir` computes it (through `__dir__`).
fn dir_of(vm: &mut Vm, obj: &Value) -> Option<Vec<Value>> {
    let f = vm.lookup_special(obj, "__dir__")?;
    let r = vm.call(&f, Args::new(std::slice::from_ref(obj))).ok()?;
    let items = vm.collect_iter(&r).ok()?;
    let mut names: Vec<String> = Vec::with_capacity(items.len());
    for it in &items {
        names.push(it.as_str()?.to_string());
    }
    names.sort();
    Some(names.into_iter().map(|n| vm.new_str(n)).collect())
}

/// The globals of the module whose file is `filename` (the frame a traceback entry ran in;
/// `__main__` when no module claims the file).
fn globals_for(vm: &mut Vm, filename: &str) -> Option<PyRef> {
    let modules = vm.modules.clone();
    let mods: Vec<Value> = match &modules.payload {
        Payload::Dict(d) => d.borrow().iter().map(|e| e.value.clone()).collect(),
        _ => Vec::new(),
    };
    for m in &mods {
        let Some(d) = m.as_obj().and_then(|o| o.get_dict()) else {
            continue;
        };
        let file = crate::vm::ops::dict_get_str(vm, &d, "__file__");
        if file.as_ref().and_then(|f| f.as_str()) == Some(filename) {
            return Some(d);
        }
    }
    let main = crate::vm::ops::dict_get_str(vm, &modules, "__main__")?;
    main.as_obj().and_then(|o| o.get_dict())
}

fn name_error_suggestion(vm: &mut Vm, exc: &PyRef) -> Option<String> {
    let name = match exc_attr(vm, exc, "name") {
        Some(n) => n.as_str()?.to_string(),
        None => {
            let msg = vm.exception_str(exc);
            let rest = msg.strip_prefix("name '")?;
            rest.strip_suffix("' is not defined")?.to_string()
        }
    };
    let Payload::Exception(d) = &exc.payload else {
        return None;
    };
    let mut tb = d.traceback.borrow().clone();
    loop {
        let next = match tb.payload() {
            Some(Payload::Traceback { next, .. }) => next.borrow().clone(),
            _ => return None,
        };
        match next {
            Some(n) => tb = Value::Obj(n),
            None => break,
        }
    }
    let Some(Payload::Traceback { code, frame, .. }) = tb.payload() else {
        return None;
    };
    let Payload::Code(cd) = &code.payload else {
        return None;
    };
    let varnames: Vec<Value> = cd
        .code
        .varnames
        .iter()
        .map(|v| vm.new_str(v.to_string()))
        .collect();
    if let Some(s) = best_match(&name, &varnames) {
        return Some(s);
    }
    let frame_globals = match frame.borrow().payload() {
        Some(Payload::Frame(fd)) => Some((fd.globals.clone(), fd.builtins.clone())),
        _ => None,
    };
    let filename = cd.code.filename.to_string();
    let (globals, builtins) = match frame_globals {
        Some(g) => g,
        None => (globals_for(vm, &filename)?, vm.builtins.clone()),
    };
    if let Some(s) = best_match(&name, &dict_keys(&globals)) {
        return Some(s);
    }
    best_match(&name, &dict_keys(&builtins))
}

fn attribute_error_suggestion(vm: &mut Vm, exc: &PyRef) -> Option<String> {
    let name = exc_attr(vm, exc, "name")?;
    let name = match &name {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && !o.type_data().is_heap() => {
            name.as_str()?.to_string()
        }
        _ => return None,
    };
    let obj = exc_attr(vm, exc, "obj")?;
    let dir = dir_of(vm, &obj)?;
    best_match(&name, &dir)
}

/// The name to suggest for an uncaught exception (printed as `. Did you mean: 'x'?` after
/// the message), if any. Never raises: failures while looking mean no suggestion.
pub fn suggestion(vm: &mut Vm, exc: &PyRef) -> Option<String> {
    let ty = exc.type_ref();
    if PyRef::ptr_eq(&ty, &vm.exc.attribute_error) {
        attribute_error_suggestion(vm, exc)
    } else if PyRef::ptr_eq(&ty, &vm.exc.name_error) {
        name_error_suggestion(vm, exc)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(a: &str, b: &str) -> usize {
        levenshtein(a.as_bytes(), b.as_bytes(), 1000)
    }

    #[test]
    fn distances_follow_cpython_costs() {
        assert_eq!(dist("print", "print"), 0);
        assert_eq!(dist("pritn", "print"), 4);
        assert_eq!(dist("Print", "print"), 1);
        assert_eq!(dist("uper", "upper"), 2);
        assert_eq!(dist("", "abc"), 6);
        assert_eq!(dist("abc", "abd"), 2);
    }

    #[test]
    fn best_match_prefers_first_on_ties() {
        let types = crate::vm::Types::bootstrap();
        let vm_free = |v: &[&str]| -> Vec<Value> {
            v.iter()
                .map(|s| {
                    Value::Obj(PyRef::new(
                        &types.str,
                        Payload::Str(crate::objects::str::StrData::new(*s)),
                    ))
                })
                .collect()
        };
        let c = vm_free(&["lower", "upper", "isupper"]);
        assert_eq!(best_match("uper", &c).as_deref(), Some("upper"));
        let c = vm_free(&["aaaa", "bbbb"]);
        assert_eq!(best_match("zzzz", &c), None);
    }
}
