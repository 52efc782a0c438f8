//! heron-runtime: Heron's object model, compiler, bytecode and interpreter.
//!
//! The pipeline (see docs/architecture.md): `compiler` turns source into `bytecode`
//! code objects; `vm` runs them over the object model in `object`, `value` and `objects`.
//! Tier 2 plugs in through [`vm::Tier2`]; the runtime never depends on Cranelift.

pub mod abi;
pub mod bytecode;
pub mod compiler;
pub mod gc;
pub mod gil;
pub mod mathlib;
pub mod modules;
pub mod numtext;
pub mod object;
pub mod objects;
pub mod repl;
pub mod run;
pub mod strlib;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{Config, PyErr, PyResult, Vm};
