//! Compiler tests (placeholder; filled in below).
