#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() { heron_runtime::placeholder(); heron_jit::placeholder(); }
