//! The memory layout compiled code relies on, in one place.
//!
//! | what | offset | size | meaning |
//! |---|---|---|---|
//! | `Value` tag | 0 | 1 | 0 Undef, 1 None, 2 Bool, 3 Int, 4 Float, 5 Obj |
//! | `Value` payload | 8 | 8 | bool as u8, i64, f64 bits, or `*const Obj` |
//! | `Obj.refcnt` | 0 | 8 | non-atomic reference count |
//! | `Obj.ty` | 8 | 8 | `*const Obj` of the type object (a counted reference) |
//! | `Obj.flags` | 16 | 4 | header flag bits (`FLAG_*`) |
//!
//! The JIT never hard-codes an offset: it reads these constants. `tests` below pin them.

use std::mem::{offset_of, size_of};

use crate::object::Obj;
use crate::value::Value;

pub const VALUE_SIZE: usize = 16;
pub const VALUE_TAG_OFFSET: usize = 0;
pub const VALUE_PAYLOAD_OFFSET: usize = 8;

pub const TAG_UNDEF: u8 = 0;
pub const TAG_NONE: u8 = 1;
pub const TAG_BOOL: u8 = 2;
pub const TAG_INT: u8 = 3;
pub const TAG_FLOAT: u8 = 4;
pub const TAG_OBJ: u8 = 5;

pub const OBJ_REFCNT_OFFSET: usize = offset_of!(Obj, refcnt);
pub const OBJ_TYPE_OFFSET: usize = offset_of!(Obj, ty);
pub const OBJ_FLAGS_OFFSET: usize = offset_of!(Obj, flags);

const _: () = assert!(size_of::<Value>() == VALUE_SIZE);
const _: () = assert!(OBJ_REFCNT_OFFSET == 0);
const _: () = assert!(OBJ_TYPE_OFFSET == 8);

/// Reads the tag byte of a value (what compiled code does with a 1-byte load at offset 0).
pub fn tag_of(v: &Value) -> u8 {
    // SAFETY: `Value` is `#[repr(C, u8)]`, so its first byte is the discriminant.
    unsafe { *(v as *const Value as *const u8) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_layout() {
        assert_eq!(size_of::<Value>(), 16);
        assert_eq!(std::mem::align_of::<Value>(), 8);
        assert_eq!(tag_of(&Value::Undef), TAG_UNDEF);
        assert_eq!(tag_of(&Value::None), TAG_NONE);
        assert_eq!(tag_of(&Value::Bool(true)), TAG_BOOL);
        assert_eq!(tag_of(&Value::Int(7)), TAG_INT);
        assert_eq!(tag_of(&Value::Float(1.5)), TAG_FLOAT);
        let v = Value::Int(-42);
        // SAFETY: payload offset 8 holds the i64 of an Int value.
        let payload = unsafe { *((&v as *const Value as *const u8).add(VALUE_PAYLOAD_OFFSET) as *const i64) };
        assert_eq!(payload, -42);
        let f = Value::Float(2.5);
        // SAFETY: payload offset 8 holds the f64 of a Float value.
        let bits = unsafe { *((&f as *const Value as *const u8).add(VALUE_PAYLOAD_OFFSET) as *const u64) };
        assert_eq!(f64::from_bits(bits), 2.5);
    }
}
