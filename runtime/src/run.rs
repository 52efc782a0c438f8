//! Running programs: a script, a `-c` string or a module as `__main__`, with CPython's
//! exit-status rules (`SystemExit`, uncaught exceptions) and the final stdout flush.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// What to run as `__main__`.
pub enum Program {
    /// A file path and its source text.
    File { path: String, source: String },
    /// `-c CODE`.
    Command(String),
    /// `-m module`.
    Module(String),
}

impl Vm {
    /// Runs `program` as `__main__` and returns the process exit status.
    pub fn run_main(&mut self, program: Program) -> i32 {
        crate::vm::signals::install();
        let main = self.new_module("__main__");
        let bm = Value::Obj(self.builtins_module.clone());
        self.module_set(&main, "__builtins__", bm);
        let modules = self.modules.clone();
        let k = self.new_str("__main__");
        crate::vm::ops::dict_set_str(self, &modules, k, Value::Obj(main.clone()));
        let result = match program {
            Program::File { path, source } => {
                let f = self.new_str(path.as_str());
                self.module_set(&main, "__file__", f);
                self.sources.insert(path.clone(), source.clone().into());
                self.compile_and_run(&source, &path, &main)
            }
            Program::Command(code) => self.compile_and_run(&code, "<string>", &main),
            Program::Module(name) => self.run_module_as_main(&name),
        };
        self.run_pending_finalizers();
        let mut status = match result {
            Ok(_) => 0,
            Err(e) => self.exit_status(e),
        };
        if let Err(e) = self.wait_for_threads() {
            status = self.exit_status(e);
        }
        self.run_atexit();
        crate::gil::set_finalizing();
        self.finish(status)
    }

    /// Waits for the non-daemon threads (= `wait_for_thread_shutdown`: calls
    /// `threading._shutdown()` if `threading` was imported).
    fn wait_for_threads(&mut self) -> crate::vm::PyResult<()> {
        let modules = self.modules.clone();
        let threading = crate::vm::ops::dict_get_str(self, &modules, "threading");
        if let Some(t) = threading {
            if let Some(f) = self.getattr_opt_str(&t, "_shutdown")? {
                self.call_pos(&f, &[])?;
            }
        }
        self.run_pending_finalizers();
        Ok(())
    }

    /// Runs the functions registered with `atexit` (the frozen `atexit` module keeps them),
    /// after the main program's traceback and the threads' end, as CPython's `Py_FinalizeEx`
    /// does.
    fn run_atexit(&mut self) {
        let modules = self.modules.clone();
        let Some(m) = crate::vm::ops::dict_get_str(self, &modules, "atexit") else {
            return;
        };
        if let Err(e) = self.call_method(&m, "_run_exitfuncs", &[]) {
            let _ = self.exit_status(e);
        }
        self.run_pending_finalizers();
    }

    fn run_module_as_main(&mut self, name: &str) -> crate::vm::PyResult<Value> {
        let dirs: Vec<String> = match self.sys_attr("path") {
            Some(p) => self
                .collect_iter(&p)?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            None => Vec::new(),
        };
        let rel = name.replace('.', "/");
        for d in dirs {
            let base = if d.is_empty() {
                std::path::PathBuf::from(".")
            } else {
                std::path::PathBuf::from(d)
            };
            for (file, is_pkg) in [
                (base.join(format!("{rel}.py")), false),
                (base.join(&rel).join("__main__.py"), true),
            ] {
                if file.is_file() {
                    let _ = is_pkg;
                    let source = std::fs::read_to_string(&file).map_err(|e| self.os_error(&e))?;
                    let path = file.to_string_lossy().to_string();
                    let modules = self.modules.clone();
                    let main = crate::vm::ops::dict_get_str(self, &modules, "__main__")
                        .and_then(|m| m.as_obj().cloned())
                        .expect("__main__");
                    let f = self.new_str(path.as_str());
                    self.module_set(&main, "__file__", f);
                    self.sources.insert(path.clone(), source.clone().into());
                    return self.compile_and_run(&source, &path, &main);
                }
            }
        }
        let prog = self.config.argv.first().cloned().unwrap_or_default();
        let _ = prog;
        Err(self.new_error(
            &self.exc.module_not_found_error.clone(),
            &format!("No module named {name}"),
        ))
    }

    /// The exit status for an exception that reached the top (printing it unless it is
    /// `SystemExit`).
    pub fn exit_status(&mut self, e: PyErr) -> i32 {
        if self.err_matches(&e, &self.exc.system_exit.clone()) {
            let code = match &e.0.payload {
                Payload::Exception(d) => match d.args.borrow().payload() {
                    Some(Payload::Tuple(t)) if t.len() == 1 => t[0].clone(),
                    Some(Payload::Tuple(t)) if t.is_empty() => Value::None,
                    _ => d.args.borrow().clone(),
                },
                _ => Value::None,
            };
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let _ = self.flush_stdout();
                    let s = self.str_of(&other).unwrap_or_default();
                    eprintln!("{s}");
                    1
                }
            };
        }
        self.print_exception(&e);
        if self.err_matches(&e, &self.exc.keyboard_interrupt.clone()) {
            return 130;
        }
        1
    }

    /// Flushes stdout at exit; a failing flush changes the status as CPython does.
    pub fn finish(&mut self, status: i32) -> i32 {
        crate::objects::file::flush_all_files();
        match self.flush_stdout() {
            Ok(()) => status,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 120,
            Err(_) => 120,
        }
    }
}

/// `heron --dis FILE`: prints the disassembly of every code object in the file.
pub fn disassemble_file(path: &str) -> i32 {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("heron: can't open file '{path}': {e}");
            return 2;
        }
    };
    match crate::compiler::compile(&source, path, crate::compiler::Mode::Exec) {
        Ok(code) => {
            print!("{}", crate::bytecode::dis::disassemble(&code));
            0
        }
        Err(e) => {
            let mut vm = Vm::new(crate::vm::Config::default());
            let err = vm.syntax_error(&e);
            vm.print_exception(&err);
            1
        }
    }
}

impl Vm {
    /// Embedding API: runs `source` as a fresh module named `name` and returns its namespace
    /// (used by the in-process benches and tests).
    pub fn exec_module_source(
        &mut self,
        name: &str,
        source: &str,
    ) -> crate::vm::PyResult<crate::object::PyRef> {
        let m = self.new_module(name);
        let bm = Value::Obj(self.builtins_module.clone());
        self.module_set(&m, "__builtins__", bm);
        self.compile_and_run(source, &format!("<{name}>"), &m)?;
        Ok(m.get_dict().expect("module namespace"))
    }
}

/// Asks the kernel not to back this process with transparent huge pages. On machines where
/// THP is `always`, the allocator's arenas would otherwise be faulted in 2 MiB at a time:
/// measured here, an empty program's peak RSS went from 19.5 to 12.6 MiB, raytrace's from 92
/// to 54 MiB with the JIT on, and up to 5% of a run's time was the kernel clearing huge
/// pages that were then barely used. Best effort: an error (an old kernel) changes nothing.
pub fn prefer_small_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments only and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
