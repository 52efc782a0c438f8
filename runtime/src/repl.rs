//! The interactive prompt (`heron` with no arguments on a terminal): `>>> ` and `... `
//! prompts with line editing and history (rustyline), statements compiled in "single" mode
//! so expression values are echoed, and tracebacks printed without leaving the prompt.

use rustyline::error::ReadlineError;

use crate::compiler::Mode;
use crate::value::Value;
use crate::vm::Vm;

/// Whether `src` is an incomplete statement that needs more lines.
fn needs_more(src: &str, err_msg: &str) -> bool {
    let last = src.lines().last().unwrap_or("");
    err_msg.contains("was never closed")
        || err_msg.contains("unexpected EOF")
        || err_msg.contains("expected an indented block")
        || last.trim_end().ends_with(':')
        || last.trim_end().ends_with('\\')
}

/// Runs the prompt until EOF; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    println!(
        "Python 3.11.7 (heron {}) on linux",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start line editing: {e}");
            return 1;
        }
    };
    crate::vm::signals::install();
    let main = vm.new_module("__main__");
    let bm = Value::Obj(vm.builtins_module.clone());
    vm.module_set(&main, "__builtins__", bm);
    let modules = vm.modules.clone();
    let k = vm.new_str("__main__");
    crate::vm::ops::dict_set_str(vm, &modules, k, Value::Obj(main.clone()));
    let globals = main.get_dict().expect("module namespace");
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                let _ = rl.add_history_entry(line.as_str());
                if !buf.is_empty() && line.trim().is_empty() {
                    // A blank line ends a compound statement.
                } else {
                    buf.push_str(&line);
                    buf.push('\n');
                }
                let code = match crate::compiler::compile(&buf, "<stdin>", Mode::Single) {
                    Ok(c) => c,
                    Err(e) => {
                        if !line.trim().is_empty() && needs_more(&buf, &e.msg) {
                            continue;
                        }
                        let err = vm.syntax_error(&e);
                        vm.print_exception(&err);
                        buf.clear();
                        continue;
                    }
                };
                if buf.lines().count() > 1
                    && !line.trim().is_empty()
                    && buf
                        .lines()
                        .next()
                        .is_some_and(|l| l.trim_end().ends_with(':'))
                {
                    continue;
                }
                buf.clear();
                let code = vm.code_object(code);
                let r = vm.run_code(&code, &globals, Value::Obj(globals.clone()));
                vm.run_pending_finalizers();
                if let Err(e) = r {
                    if vm.err_matches(&e, &vm.exc.system_exit.clone()) {
                        let status = vm.exit_status(e);
                        return vm.finish(status);
                    }
                    vm.print_exception(&e);
                }
                let _ = vm.flush_stdout();
            }
            Err(ReadlineError::Interrupted) => {
                println!("\nKeyboardInterrupt");
                buf.clear();
            }
            Err(_) => {
                println!();
                return vm.finish(0);
            }
        }
    }
}
