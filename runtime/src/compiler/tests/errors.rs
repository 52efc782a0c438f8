//! Compile errors: messages, classes and positions as CPython 3.11 reports them (the
//! expected values were recorded from CPython 3.11's `compile(src, '<s>', 'exec')`).

use super::super::{compile, Mode, SyntaxErrorKind};

use SyntaxErrorKind::{IndentationError, SyntaxError, TabError};

/// (source, class, message, lineno, offset).
const CASES: &[(&str, SyntaxErrorKind, &str, u32, u32)] = &[
    ("f() = 3\n", SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("1 = x\n", SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a, b += 1, 2\n", SyntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1),
    ("print('a')\nbreak\n", SyntaxError, "'break' outside loop", 2, 1),
    ("continue\n", SyntaxError, "'continue' not properly in loop", 1, 1),
    ("del f()\n", SyntaxError, "cannot delete function call", 1, 5),
    ("for x in range(3):\n    pass\nelse:\n    pass\nelse:\n    pass\n", SyntaxError, "invalid syntax", 5, 1),
    ("def f(a, a):\n    pass\n", SyntaxError, "duplicate argument 'a' in function definition", 1, 10),
    ("def f()\n    return 1\n", SyntaxError, "expected ':'", 1, 8),
    ("if True:\nprint('body')\n", IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1),
    ("import\n", SyntaxError, "invalid syntax", 1, 7),
    ("print('hi')\nx = 1 +\n", SyntaxError, "invalid syntax", 2, 8),
    ("x = 08\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
    ("x = [1, 2 3]\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 9),
    ("def f(a=1, b):\n    pass\n", SyntaxError, "non-default argument follows default argument", 1, 12),
    ("nonlocal x\n", SyntaxError, "nonlocal declaration not allowed at module level", 1, 1),
    ("def f():\n    x = 1\n    def g():\n        nonlocal y\n", SyntaxError, "no binding for nonlocal 'y' found", 4, 9),
    ("print 'hello'\n", SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("class C:\n    return 1\n", SyntaxError, "'return' outside function", 2, 5),
    ("x = 1\nreturn x\n", SyntaxError, "'return' outside function", 2, 1),
    ("x = *a\n", SyntaxError, "can't use starred expression here", 1, 5),
    ("values = [1, 2, 3\n", SyntaxError, "'[' was never closed", 1, 10),
    ("x = (1, 2\nprint(x)\n", SyntaxError, "'(' was never closed", 1, 5),
    ("x = 1\n    y = 2\n", IndentationError, "unexpected indent", 2, 4),
    ("def f():\n        a = 1\n    b = 2\n", IndentationError, "unindent does not match any outer indentation level", 3, 10),
    ("x = )\n", SyntaxError, "unmatched ')'", 1, 5),
    ("print(\"unterminated)\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 7),
    ("while True\n    pass\n", SyntaxError, "expected ':'", 1, 11),
    ("yield 5\n", SyntaxError, "'yield' outside function", 1, 1),
    ("x = (1,\n     2,\n", SyntaxError, "'(' was never closed", 1, 5),
    ("if True:\npass", IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1),
    ("  x = 1", IndentationError, "unexpected indent", 1, 2),
    ("def f():\n    return\n  x", IndentationError, "unindent does not match any outer indentation level", 3, 4),
    ("1 +", SyntaxError, "invalid syntax", 1, 4),
    ("def f(:\n  pass", SyntaxError, "invalid syntax", 1, 7),
    ("return 5", SyntaxError, "'return' outside function", 1, 1),
    ("a b c", SyntaxError, "invalid syntax", 1, 3),
    ("if x\n  pass", SyntaxError, "expected ':'", 1, 5),
    ("for i in range(3):\nprint(i)", IndentationError, "expected an indented block after 'for' statement on line 1", 2, 1),
    ("x = 5 = y", SyntaxError, "cannot assign to literal", 1, 5),
    ("'abc", SyntaxError, "unterminated string literal (detected at line 1)", 1, 1),
    ("None = 1", SyntaxError, "cannot assign to None", 1, 1),
    ("def f():\n\tx = 1\n        return x", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("x = 1 = 2", SyntaxError, "cannot assign to literal", 1, 5),
    ("(a, b) = 1 = c", SyntaxError, "cannot assign to literal", 1, 10),
    ("a + 1 = 2", SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
    ("[x for x in y] = 1", SyntaxError, "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1),
    ("lambda: 1 = 2", SyntaxError, "cannot assign to lambda", 1, 1),
    ("x.y() = 1", SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("True = 1", SyntaxError, "cannot assign to True", 1, 1),
    ("... = 1", SyntaxError, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1),
    ("f'{x}' = 1", SyntaxError, "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a if b else c = 1", SyntaxError, "cannot assign to conditional expression", 1, 1),
    ("del 1", SyntaxError, "cannot delete literal", 1, 5),
    ("del (a + b)", SyntaxError, "cannot delete expression", 1, 6),
    ("x += 1 += 2", SyntaxError, "invalid syntax", 1, 8),
    ("(yield) = 1", SyntaxError, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2),
    ("[a, b] += 1", SyntaxError, "'list' is an illegal expression for augmented assignment", 1, 1),
    ("f() += 1", SyntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1),
    ("def f(x, *, ): pass", SyntaxError, "named arguments must follow bare *", 1, 10),
    ("def f(*): pass", SyntaxError, "named arguments must follow bare *", 1, 7),
    ("def f(**k, a): pass", SyntaxError, "arguments cannot follow var-keyword argument", 1, 12),
    ("def f(a, b=1, /, c): pass", SyntaxError, "non-default argument follows default argument", 1, 18),
    ("f(a for a in b, c)", SyntaxError, "Generator expression must be parenthesized", 1, 3),
    ("f(a=1, a=2)", SyntaxError, "keyword argument repeated: a", 1, 8),
    ("x = [1, 2,, 3]", SyntaxError, "invalid syntax", 1, 11),
    ("print(1))", SyntaxError, "unmatched ')'", 1, 9),
    ("}", SyntaxError, "unmatched '}'", 1, 1),
    ("x = {1: 2, 3}", SyntaxError, "':' expected after dictionary key", 1, 12),
    ("if x:\n    pass\n  else:\n    pass", IndentationError, "unindent does not match any outer indentation level", 3, 8),
    ("try:\n    pass\n", SyntaxError, "expected 'except' or 'finally' block", 2, 9),
    ("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", SyntaxError, "default 'except:' must be last", 3, 1),
    ("x = 'a' 'b", SyntaxError, "unterminated string literal (detected at line 1)", 1, 9),
    ("\"\"\"abc", SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 1),
    ("x = 1 if 2", SyntaxError, "expected 'else' after 'if' expression", 1, 5),
    ("import a as", SyntaxError, "invalid syntax", 1, 12),
    ("from x import", SyntaxError, "invalid syntax", 1, 14),
    ("from x import (a, b", SyntaxError, "'(' was never closed", 1, 15),
    ("def f():\n    global x\n    x = 1\n    global x\n", SyntaxError, "name 'x' is assigned to before global declaration", 4, 5),
    ("def f(x):\n    global x\n", SyntaxError, "name 'x' is parameter and global", 2, 5),
    ("def f():\n    x = 1\n    global x\n", SyntaxError, "name 'x' is assigned to before global declaration", 3, 5),
    ("def f():\n    print(x)\n    global x\n", SyntaxError, "name 'x' is used prior to global declaration", 3, 5),
    ("x = 0o8", SyntaxError, "invalid digit '8' in octal literal", 1, 7),
    ("x = 0b2", SyntaxError, "invalid digit '2' in binary literal", 1, 7),
    ("x = 1_", SyntaxError, "invalid decimal literal", 1, 6),
    ("x = 1__0", SyntaxError, "invalid decimal literal", 1, 6),
    ("x = 0x", SyntaxError, "invalid hexadecimal literal", 1, 6),
    ("x = 1e", SyntaxError, "invalid decimal literal", 1, 5),
    ("x = 5j5", SyntaxError, "invalid imaginary literal", 1, 6),
    ("s = '\\N{foo}'", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14),
    ("b'\\u1234' ; b'é'", SyntaxError, "bytes can only contain ASCII literal characters", 1, 13),
    ("x = $", SyntaxError, "invalid syntax", 1, 5),
    ("x = a!", SyntaxError, "invalid syntax", 1, 6),
    ("a = 1; ; b = 2", SyntaxError, "invalid syntax", 1, 8),
    ("def f(x):\n  nonlocal x", SyntaxError, "name 'x' is parameter and nonlocal", 2, 3),
    ("def f():\n  x: int\n  global x", SyntaxError, "annotated name 'x' can't be global", 3, 3),
    ("class C:\n  nonlocal x", SyntaxError, "no binding for nonlocal 'x' found", 2, 3),
    ("f(*)", SyntaxError, "invalid syntax", 1, 4),
    ("f(**)", SyntaxError, "invalid syntax", 1, 5),
    ("x = [*]", SyntaxError, "invalid syntax", 1, 7),
    ("print(*a for a in b)", SyntaxError, "iterable unpacking cannot be used in comprehension", 1, 7),
    ("a = yield = 1", SyntaxError, "assignment to yield expression not possible", 1, 5),
    ("x = [i for i in range(3) if]", SyntaxError, "invalid syntax", 1, 28),
    ("x = [*a for a in b]", SyntaxError, "iterable unpacking cannot be used in comprehension", 1, 6),
    ("assert", SyntaxError, "invalid syntax", 1, 7),
    ("raise from x", SyntaxError, "invalid syntax", 1, 7),
    ("del", SyntaxError, "invalid syntax", 1, 4),
    ("pass pass", SyntaxError, "invalid syntax", 1, 6),
    ("if x: pass\nelse if y: pass", SyntaxError, "expected ':'", 2, 6),
    ("elif x: pass", SyntaxError, "invalid syntax", 1, 1),
    ("else: pass", SyntaxError, "invalid syntax", 1, 1),
    ("def f(a, b, a=1): pass", SyntaxError, "duplicate argument 'a' in function definition", 1, 13),
    ("lambda a, a: 1", SyntaxError, "duplicate argument 'a' in function definition", 1, 11),
    ("async = 1", SyntaxError, "invalid syntax", 1, 7),
    ("await = 1", SyntaxError, "invalid syntax", 1, 7),
    ("x = 1\n\tx = 2", IndentationError, "unexpected indent", 2, 1),
    ("if x:\n\tif y:\n        pass", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("@dec\nx = 1", SyntaxError, "invalid syntax", 2, 1),
    ("with a as 1: pass", SyntaxError, "cannot assign to literal", 1, 11),
    ("for 1 in x: pass", SyntaxError, "cannot assign to literal", 1, 5),
    ("f(x for x in y, )", SyntaxError, "Generator expression must be parenthesized", 1, 3),
    ("x = (yield from)", SyntaxError, "invalid syntax", 1, 16),
    ("__debug__ = 1", SyntaxError, "cannot assign to __debug__", 1, 1),
    ("del __debug__", SyntaxError, "cannot delete __debug__", 1, 5),
    ("def __debug__(): pass", SyntaxError, "cannot assign to __debug__", 1, 1),
    ("f(__debug__=1)", SyntaxError, "cannot assign to __debug__", 1, 1),
    ("x.__debug__ = 1", SyntaxError, "cannot assign to __debug__", 1, 1),
    ("import __debug__", SyntaxError, "cannot assign to __debug__", 1, 1),
    ("x = 1 +\\\n", SyntaxError, "unexpected EOF while parsing", 1, 9),
    ("a = [\n1,\n2\n", SyntaxError, "'[' was never closed", 1, 5),
    ("if True:\n    x = (\n", SyntaxError, "'(' was never closed", 2, 9),
    ("def f():\n    '''doc\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 2, 5),
    ("def f():\n    await x\n", SyntaxError, "'await' outside async function", 2, 5),
    ("x = [await y for y in z]\n", SyntaxError, "asynchronous comprehension outside of an asynchronous function", 1, 5),
    ("x = 1\nfrom __future__ import annotations\n", SyntaxError, "from __future__ imports must occur at the beginning of the file", 2, 1),
    ("def f[T](): pass\n", SyntaxError, "expected '('", 1, 6),
    ("x = 10000000000000000000000000000000000000000000000000000000000000000000000000000000 +\n", SyntaxError, "invalid syntax", 1, 87),
    ("é = 1\nx = é +\n", SyntaxError, "invalid syntax", 2, 8),
    ("x = '\\x'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 9),
    ("def f(*a, *b): pass\n", SyntaxError, "* argument may appear only once", 1, 11),
    ("def f(**a, **b): pass\n", SyntaxError, "arguments cannot follow var-keyword argument", 1, 12),
    ("x = a if b\n", SyntaxError, "expected 'else' after 'if' expression", 1, 5),
    ("x = lambda: yield\n", SyntaxError, "invalid syntax", 1, 13),
    ("class\n", SyntaxError, "invalid syntax", 1, 6),
    ("def\n", SyntaxError, "invalid syntax", 1, 4),
    ("for\n", SyntaxError, "invalid syntax", 1, 4),
    ("while\n", SyntaxError, "invalid syntax", 1, 6),
    ("x = [\n", SyntaxError, "'[' was never closed", 1, 5),
    ("(\n", SyntaxError, "'(' was never closed", 1, 1),
    ("x = 1 2\n", SyntaxError, "invalid syntax", 1, 7),
    ("f(a b)\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("if x = 1: pass\n", SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
    ("x = {'a' 1}\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("def f():\n from os import *", SyntaxError, "import * only allowed at module level", 2, 17),
    ("[x for x in (y := [1])]", SyntaxError, "assignment expression cannot be used in a comprehension iterable expression", 1, 14),
    ("[i for i in range(3) for j in (i := [1])]", SyntaxError, "assignment expression cannot be used in a comprehension iterable expression", 1, 32),
    ("[(j := 1) for j in range(3)]", SyntaxError, "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 3),
    ("[i for i in x if (i := 1)]", SyntaxError, "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 19),
    ("[[(j:=1) for j in x] for i in y]", SyntaxError, "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 4),
    ("class C:\n  [(y := 1) for x in z]", SyntaxError, "assignment expression within a comprehension cannot be used in a class body", 2, 5),
    ("[(x := 1) for x in z]", SyntaxError, "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3),
    ("[y for x in z for y in (y := 1)]", SyntaxError, "assignment expression cannot be used in a comprehension iterable expression", 1, 25),
    ("x: int\nglobal x", SyntaxError, "annotated name 'x' can't be global", 2, 1),
    ("def f():\n  global x\n  global x\n  x: int", SyntaxError, "annotated name 'x' can't be global", 4, 3),
    ("def f():\n  x = 1\n  nonlocal x", SyntaxError, "name 'x' is assigned to before nonlocal declaration", 3, 3),
    ("def f():\n  global x\n  nonlocal x", SyntaxError, "name 'x' is nonlocal and global", 2, 3),
    ("x = 1\ndef f():\n  global x\n  x: int = 1", SyntaxError, "annotated name 'x' can't be global", 4, 3),
    ("class C:\n  yield 1", SyntaxError, "'yield' outside function", 2, 3),
    ("[(yield) for x in y]", SyntaxError, "'yield' inside list comprehension", 1, 3),
    ("def f(): x = [(yield) for y in z]", SyntaxError, "'yield' inside list comprehension", 1, 16),
    ("{(yield): 1 for x in y}", SyntaxError, "'yield' inside dict comprehension", 1, 3),
    ("break", SyntaxError, "'break' outside loop", 1, 1),
    ("def f():\n  for x in y:\n    pass\n  break", SyntaxError, "'break' outside loop", 4, 3),
    ("for x in y:\n  def f():\n    break", SyntaxError, "'break' outside loop", 3, 5),
    ("for x in y:\n  class C:\n    continue", SyntaxError, "'continue' not properly in loop", 3, 5),
    ("return", SyntaxError, "'return' outside function", 1, 1),
    ("class C:\n  def f(self): return 1\n  return 2", SyntaxError, "'return' outside function", 3, 3),
    ("def f():\n  class C:\n    return 1", SyntaxError, "'return' outside function", 3, 5),
    ("x = [i for i in range(3)]\nreturn x", SyntaxError, "'return' outside function", 2, 1),
    ("def f(*, a, a): pass", SyntaxError, "duplicate argument 'a' in function definition", 1, 13),
    ("def f(a, *a): pass", SyntaxError, "duplicate argument 'a' in function definition", 1, 11),
    ("def f(a, **a): pass", SyntaxError, "duplicate argument 'a' in function definition", 1, 12),
    ("lambda x, *x: 0", SyntaxError, "duplicate argument 'x' in function definition", 1, 12),
    ("a, *b, *c = d", SyntaxError, "multiple starred expressions in assignment", 1, 1),
    ("*a = b", SyntaxError, "starred assignment target must be in a list or tuple", 1, 1),
    ("del *a", SyntaxError, "cannot delete starred", 1, 5),
    ("for *a in b: pass", SyntaxError, "starred assignment target must be in a list or tuple", 1, 5),
    ("[*a, *b] = c", SyntaxError, "multiple starred expressions in assignment", 1, 1),
    ("a, *b, c, *d = e", SyntaxError, "multiple starred expressions in assignment", 1, 1),
    ("f(x for x in y, 1)", SyntaxError, "Generator expression must be parenthesized", 1, 3),
    ("f(1, x for x in y)", SyntaxError, "Generator expression must be parenthesized", 1, 6),
    ("f(a, a=1, a=2)", SyntaxError, "keyword argument repeated: a", 1, 11),
    ("f(a=1)(b=2, b=3)", SyntaxError, "keyword argument repeated: b", 1, 13),
    ("class C(a=1, a=2): pass", SyntaxError, "keyword argument repeated: a", 1, 14),
    ("x = yield", SyntaxError, "'yield' outside function", 1, 5),
    ("await x", SyntaxError, "'await' outside function", 1, 1),
    ("async with a: pass", SyntaxError, "'async with' outside async function", 1, 1),
    ("async for x in y: pass", SyntaxError, "'async for' outside async function", 1, 1),
    ("def f():\n  async with a: pass", SyntaxError, "'async with' outside async function", 2, 3),
    ("def f():\n  async for x in y: pass", SyntaxError, "'async for' outside async function", 2, 3),
    ("def f():\n  [x async for x in y]", SyntaxError, "asynchronous comprehension outside of an asynchronous function", 2, 3),
    ("nonlocal x", SyntaxError, "nonlocal declaration not allowed at module level", 1, 1),
    ("def f():\n  nonlocal x", SyntaxError, "no binding for nonlocal 'x' found", 2, 3),
    ("def f(x):\n  global x", SyntaxError, "name 'x' is parameter and global", 2, 3),
    ("def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x", SyntaxError, "name 'x' is nonlocal and global", 4, 5),
    ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", SyntaxError, "default 'except:' must be last", 3, 1),
    ("try:\n  pass\nfinally:\n  pass\nexcept:\n  pass", SyntaxError, "invalid syntax", 5, 1),
    ("class C: x = yield from y", SyntaxError, "'yield' outside function", 1, 14),
    ("x = {**a: 1}", SyntaxError, "invalid syntax", 1, 9),
    ("x = {a: *b}", SyntaxError, "cannot use a starred expression in a dictionary value", 1, 9),
    ("x = [**a]", SyntaxError, "invalid syntax", 1, 6),
    ("import a.b as c.d", SyntaxError, "invalid syntax", 1, 16),
    ("from .x import y as", SyntaxError, "invalid syntax", 1, 20),
    ("import a as b as c", SyntaxError, "invalid syntax", 1, 15),
    ("if x:\npass", IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1),
    ("with a:\n# comment\npass", IndentationError, "expected an indented block after 'with' statement on line 1", 3, 1),
    ("x = 0_7", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
    ("x = 0xfor", SyntaxError, "invalid syntax", 1, 10),
    ("x = 1__", SyntaxError, "invalid decimal literal", 1, 6),
    ("x = 0b", SyntaxError, "invalid binary literal", 1, 6),
    ("x = 0o", SyntaxError, "invalid octal literal", 1, 6),
    ("x = 1e+", SyntaxError, "invalid decimal literal", 1, 7),
    ("x = 1ea", SyntaxError, "invalid decimal literal", 1, 5),
    ("x = \u{1}", SyntaxError, "invalid non-printable character U+0001", 1, 5),
    ("x = [1, 2}", SyntaxError, "closing parenthesis '}' does not match opening parenthesis '['", 1, 10),
    ("x = (1,\n]", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1),
    ("foo(}", SyntaxError, "closing parenthesis '}' does not match opening parenthesis '('", 1, 5),
    ("(]", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 2),
];

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(src, kind, msg, lineno, offset) in CASES {
        match compile(src, "<s>", Mode::Exec) {
            Ok(_) => failures.push(format!("{src:?}: compiled, expected {msg:?}")),
            Err(e) => {
                if (e.kind, e.msg.as_str(), e.lineno, e.offset) != (kind, msg, lineno, offset) {
                    failures.push(format!(
                        "{src:?}: got {:?} {:?} at {}:{}, expected {kind:?} {msg:?} at {lineno}:{offset}",
                        e.kind, e.msg, e.lineno, e.offset
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unsupported_constructs_are_reported() {
    for (src, msg, col) in [
        (
            "async def f(a):\n    return [x async for x in a]\n",
            "asynchronous comprehensions are not supported by Heron yet",
            12,
        ),
        (
            "async def f(a):\n    return (x async for x in a)\n",
            "asynchronous generator expressions are not supported by Heron yet",
            12,
        ),
    ] {
        let e = compile(src, "<s>", Mode::Exec).expect_err(src);
        assert_eq!(
            (e.msg.as_str(), e.lineno, e.offset),
            (msg, 2, col),
            "{src:?}"
        );
    }
}

#[test]
fn single_mode_takes_one_statement() {
    let e = compile("x = 1\nx + 1", "<s>", Mode::Single).expect_err("two statements");
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert_eq!((e.lineno, e.offset), (1, 6));
    assert!(compile("x = 1; y = 2", "<s>", Mode::Single).is_ok());
    assert!(compile("for i in x: pass\n\n", "<s>", Mode::Single).is_ok());
    let e = compile("if x:\n  pass\ny = 1", "<s>", Mode::Single).expect_err("compound then simple");
    assert_eq!(
        (e.msg.as_str(), e.lineno, e.offset),
        ("invalid syntax", 3, 1)
    );
}

#[test]
fn eval_mode_errors_match_cpython() {
    for (src, kind, msg, lineno, offset) in [
        ("x = 1", SyntaxError, "invalid syntax", 1, 3),
        ("(1, 2", SyntaxError, "'(' was never closed", 1, 1),
        ("yield 1", SyntaxError, "invalid syntax", 1, 1),
        (
            "a if b",
            SyntaxError,
            "expected 'else' after 'if' expression",
            1,
            1,
        ),
        ("import os", SyntaxError, "invalid syntax", 1, 1),
        ("", SyntaxError, "invalid syntax", 0, 0),
        ("  1", IndentationError, "unexpected indent", 1, 2),
        ("1\n2", SyntaxError, "invalid syntax", 2, 1),
        ("*a, b", SyntaxError, "invalid syntax", 1, 1),
        ("await x", SyntaxError, "'await' outside function", 1, 1),
    ] {
        let e = compile(src, "<s>", Mode::Eval).expect_err(src);
        assert_eq!(
            (e.kind, e.msg.as_str(), e.lineno, e.offset),
            (kind, msg, lineno, offset),
            "{src:?}"
        );
    }
    let e = compile("# comment\n  (x := 1)", "<s>", Mode::Eval).expect_err("indented");
    assert_eq!((e.kind, e.lineno, e.offset), (IndentationError, 2, 2));
    assert!(compile("# comment\n(x := 1)", "<s>", Mode::Eval).is_ok());
    assert!(compile("  # c\n1", "<s>", Mode::Eval).is_ok());
}
