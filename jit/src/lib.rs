pub mod backend;
pub mod disasm;

pub fn placeholder() {}
