//! SIGINT handling: the signal handler only sets a flag; loop back-edges (interpreted and
//! compiled) poll it and raise KeyboardInterrupt (= CPython's eval breaker for signals).

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Whether a SIGINT arrived and has not been turned into KeyboardInterrupt yet.
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Clears the flag (the interrupt is being raised).
pub fn clear_interrupt() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// The address of the flag, for compiled code's back-edge polls.
pub fn interrupt_flag_addr() -> *const u8 {
    INTERRUPTED.as_ptr() as *const u8
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler.
pub fn install() {
    // SAFETY: `on_sigint` is async-signal-safe (a relaxed atomic store) and has the signature
    // `signal` expects.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}
