//! The one opcode table.
//!
//! Every instruction Heron's bytecode knows is written once, in [`define_opcodes!`] below: its
//! number, the kind of its argument, its stack effect and the number of inline-cache words that
//! follow it. The `Op` enum, the decoder, the stack-effect function used by the compiler's
//! depth analysis, the disassembler (`heron --dis`, the `dis` module) and the JIT's metadata all
//! come from this table, so adding an instruction is one edit.
//!
//! Encoding: an instruction is one 32-bit word, `op | arg << 8` (a 24-bit argument; the compiler
//! refuses larger ones). It is followed by `cache` words of inline cache (initially zero), which
//! the interpreter skips. Jump arguments are absolute word indices. Offsets shown to users are
//! word index × 2, so listings read like CPython's byte offsets.
//!
//! Specialised forms (PEP 659) share the generic form's stack effect and cache size; the
//! interpreter rewrites a generic instruction into one of them in place, and back on a miss.

/// What an instruction's argument means; the disassembler uses this to print it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument (the field is zero).
    None,
    /// A plain number (counts, flags).
    Count,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// Index into `co_names` shifted left by one; low bit = "push NULL first" (LOAD_GLOBAL).
    GlobalName,
    /// Index into the fast locals (`co_varnames`).
    Local,
    /// Index into "locals plus": varnames, then cellvars, then freevars.
    Deref,
    /// Absolute jump target (word index).
    Jump,
    /// A comparison operator, see [`CMP_OP_NAMES`].
    CmpOp,
    /// A binary operator, see [`BINARY_OP_NAMES`].
    BinOp,
}

macro_rules! define_opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $num:literal $name:ident : $kind:ident, cache $cache:literal,
            effect |$arg:ident, $jump:ident| $effect:expr $(, spec_of $base:ident)? ;
    )*) => {
        /// A Heron opcode. See the table in `opcodes.rs` for each one's meaning.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $doc])* $name = $num, )*
        }

        impl Op {
            /// Every opcode, in table order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// Decodes an opcode number.
            #[inline]
            pub fn from_u8(n: u8) -> Option<Op> {
                match n { $($num => Some(Op::$name),)* _ => None }
            }

            /// The instruction's name as `dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Op::$name => ArgKind::$kind,)* }
            }

            /// Inline-cache words following the instruction (a table lookup: the eval loop
            /// asks on every instruction).
            #[inline(always)]
            pub fn cache_words(self) -> usize {
                const CACHE_WORDS: [u8; 256] = {
                    let mut t = [0u8; 256];
                    $( t[$num] = $cache; )*
                    t
                };
                CACHE_WORDS[self as usize] as usize
            }

            /// Net stack effect. `jump` selects the effect when the branch is taken (for
            /// instructions that jump); it is ignored by the others.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $(Op::$name => { let $arg = arg as i32; let $jump = jump; $effect })* }
            }

            /// The generic instruction a specialised form stands for (itself if generic).
            pub fn base(self) -> Op {
                match self { $(Op::$name => define_opcodes!(@base $name $($base)?),)* }
            }

            /// The one-paragraph documentation of the instruction.
            pub fn doc(self) -> &'static str {
                match self { $(Op::$name => concat!($($doc, "\n"),*),)* }
            }
        }
    };
    (@base $name:ident) => { Op::$name };
    (@base $name:ident $base:ident) => { Op::$base };
}

define_opcodes! {
    /// Does nothing.
    0 NOP: None, cache 0, effect |a, j| 0;
    /// Pops TOS.
    1 POP_TOP: None, cache 0, effect |a, j| -1;
    /// Pushes NULL (marks "no self" below a callable for CALL).
    2 PUSH_NULL: None, cache 0, effect |a, j| 1;
    /// Pushes a copy of the i-th item (1 = TOS) without popping it.
    3 COPY: Count, cache 0, effect |a, j| 1;
    /// Swaps TOS with the i-th item (i >= 2).
    4 SWAP: Count, cache 0, effect |a, j| 0;
    /// Pushes `co_consts[i]`.
    5 LOAD_CONST: Const, cache 0, effect |a, j| 1;
    /// Pushes fast local i; raises UnboundLocalError if it is unbound.
    6 LOAD_FAST: Local, cache 0, effect |a, j| 1;
    /// Pops TOS into fast local i.
    7 STORE_FAST: Local, cache 0, effect |a, j| -1;
    /// Unbinds fast local i (UnboundLocalError if already unbound).
    8 DELETE_FAST: Local, cache 0, effect |a, j| 0;
    /// Looks `co_names[i]` up in the frame's locals mapping, then globals, then builtins.
    9 LOAD_NAME: Name, cache 0, effect |a, j| 1;
    /// Pops TOS into the locals mapping under `co_names[i]`.
    10 STORE_NAME: Name, cache 0, effect |a, j| -1;
    /// Deletes `co_names[i]` from the locals mapping (NameError if missing).
    11 DELETE_NAME: Name, cache 0, effect |a, j| 0;
    /// Pushes global/builtin `co_names[a >> 1]`; if `a & 1`, pushes NULL first.
    12 LOAD_GLOBAL: GlobalName, cache 4, effect |a, j| 1 + (a & 1);
    /// Pops TOS into globals under `co_names[i]`.
    13 STORE_GLOBAL: Name, cache 0, effect |a, j| -1;
    /// Deletes global `co_names[i]`.
    14 DELETE_GLOBAL: Name, cache 0, effect |a, j| 0;
    /// Pushes the contents of the cell in localsplus slot i (NameError/UnboundLocalError if empty).
    15 LOAD_DEREF: Deref, cache 0, effect |a, j| 1;
    /// Pops TOS into the cell in localsplus slot i.
    16 STORE_DEREF: Deref, cache 0, effect |a, j| -1;
    /// Empties the cell in localsplus slot i.
    17 DELETE_DEREF: Deref, cache 0, effect |a, j| 0;
    /// Pushes the cell object itself in localsplus slot i (to build a closure tuple).
    18 LOAD_CLOSURE: Deref, cache 0, effect |a, j| 1;
    /// In a class body: looks the name of localsplus slot i up in the class namespace first,
    /// then in the cell.
    19 LOAD_CLASSDEREF: Deref, cache 0, effect |a, j| 1;
    /// Replaces localsplus slot i with a new cell holding its current value (or empty). Emitted
    /// at function entry for each cell variable.
    20 MAKE_CELL: Deref, cache 0, effect |a, j| 0;
    /// Copies the function's n closure cells into the last n localsplus slots (function entry).
    21 COPY_FREE_VARS: Count, cache 0, effect |a, j| 0;
    /// Replaces TOS with `getattr(TOS, co_names[i])`.
    22 LOAD_ATTR: Name, cache 4, effect |a, j| 0;
    /// `TOS.name = TOS1`; pops both (TOS is the object, TOS1 the value).
    23 STORE_ATTR: Name, cache 4, effect |a, j| -2;
    /// `del TOS.name`; pops TOS.
    24 DELETE_ATTR: Name, cache 0, effect |a, j| -1;
    /// Replaces TOS (obj) with two items: if `obj.name` is a plain method found on the type,
    /// `[method, obj]`; otherwise `[NULL, obj.name]`. The pair is consumed by CALL.
    25 LOAD_METHOD: Name, cache 4, effect |a, j| 1;
    /// Stack: `[NULL, callable, arg1..argN]` or `[method, self, arg1..argN]` with N = argc;
    /// the last `len(kwnames)` args are keyword arguments when KW_NAMES preceded. Pops all,
    /// pushes the result. Any non-NULL first item is called with the second as its first
    /// argument: the compiler relies on it for `__exit__(None, None, None)` (`[exit, None,
    /// None, None]`, CALL 2), `AssertionError(msg)` (CALL 0) and calling a comprehension's
    /// function with its iterator (CALL 0), as CPython 3.11 does.
    26 CALL: Count, cache 4, effect |a, j| -1 - a;
    /// Sets the keyword names (a tuple constant `co_consts[i]`) for the next CALL.
    27 KW_NAMES: Const, cache 0, effect |a, j| 0;
    /// Stack: `[NULL, callable, args_tuple]` plus `kwargs_dict` if `a & 1`. Calls
    /// `callable(*args, **kwargs)`.
    28 CALL_FUNCTION_EX: Count, cache 0, effect |a, j| -2 - (a & 1);
    /// Pops a code object and, below it in this order from deeper to TOS: defaults tuple
    /// (`a & 1`), kw-defaults dict (`a & 2`), annotations dict (`a & 4`), closure tuple of
    /// cells (`a & 8`); pushes the new function.
    29 MAKE_FUNCTION: Count, cache 0,
        effect |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    /// Returns TOS to the caller.
    30 RETURN_VALUE: None, cache 0, effect |a, j| -1;
    /// `TOS = TOS1 op TOS`, op from [`BINARY_OP_NAMES`] (inplace forms from 13 on).
    31 BINARY_OP: BinOp, cache 1, effect |a, j| -1;
    /// `TOS = -TOS`.
    32 UNARY_NEGATIVE: None, cache 0, effect |a, j| 0;
    /// `TOS = +TOS`.
    33 UNARY_POSITIVE: None, cache 0, effect |a, j| 0;
    /// `TOS = not TOS`.
    34 UNARY_NOT: None, cache 0, effect |a, j| 0;
    /// `TOS = ~TOS`.
    35 UNARY_INVERT: None, cache 0, effect |a, j| 0;
    /// `TOS = TOS1 cmp TOS`, cmp from [`CMP_OP_NAMES`].
    36 COMPARE_OP: CmpOp, cache 1, effect |a, j| -1;
    /// `TOS = TOS1 is TOS` (`is not` if a == 1).
    37 IS_OP: Count, cache 0, effect |a, j| -1;
    /// `TOS = TOS1 in TOS` (`not in` if a == 1).
    38 CONTAINS_OP: Count, cache 0, effect |a, j| -1;
    /// `TOS = TOS1[TOS]`.
    39 BINARY_SUBSCR: None, cache 1, effect |a, j| -1;
    /// `TOS1[TOS] = TOS2`; pops all three.
    40 STORE_SUBSCR: None, cache 1, effect |a, j| -3;
    /// `del TOS1[TOS]`; pops both.
    41 DELETE_SUBSCR: None, cache 0, effect |a, j| -2;
    /// Pops 2 (start, stop) or 3 (start, stop, step) items, pushes a slice object.
    42 BUILD_SLICE: Count, cache 0, effect |a, j| 1 - a;
    /// Pops n items, pushes a tuple of them (deepest first).
    43 BUILD_TUPLE: Count, cache 0, effect |a, j| 1 - a;
    /// Pops n items, pushes a list of them.
    44 BUILD_LIST: Count, cache 0, effect |a, j| 1 - a;
    /// Pops n items, pushes a set of them.
    45 BUILD_SET: Count, cache 0, effect |a, j| 1 - a;
    /// Pops 2n items (key1, value1, ... keyN, valueN), pushes a dict.
    46 BUILD_MAP: Count, cache 0, effect |a, j| 1 - 2 * a;
    /// Pops n values and then a tuple of n keys at TOS, pushes a dict.
    47 BUILD_CONST_KEY_MAP: Count, cache 0, effect |a, j| -a;
    /// Pops n strings, pushes their concatenation.
    48 BUILD_STRING: Count, cache 0, effect |a, j| 1 - a;
    /// `list.append(STACK[-i], TOS)` after popping TOS (comprehensions). i counts from the
    /// stack after the pop (1 = new TOS).
    49 LIST_APPEND: Count, cache 0, effect |a, j| -1;
    /// `set.add(STACK[-i], TOS)` after popping TOS.
    50 SET_ADD: Count, cache 0, effect |a, j| -1;
    /// `dict.__setitem__(STACK[-i], TOS1, TOS)` after popping both (key TOS1, value TOS).
    51 MAP_ADD: Count, cache 0, effect |a, j| -2;
    /// `list.extend(STACK[-i], TOS)` after popping TOS.
    52 LIST_EXTEND: Count, cache 0, effect |a, j| -1;
    /// `set.update(STACK[-i], TOS)` after popping TOS.
    53 SET_UPDATE: Count, cache 0, effect |a, j| -1;
    /// `dict.update(STACK[-i], TOS)` after popping TOS (dict displays `{**a}`).
    54 DICT_UPDATE: Count, cache 0, effect |a, j| -1;
    /// Like DICT_UPDATE but raises on duplicate keys (`f(**a, **b)`); STACK[-i-2] is the
    /// callable, for the error message.
    55 DICT_MERGE: Count, cache 0, effect |a, j| -1;
    /// Replaces the list at TOS with a tuple of its items.
    56 LIST_TO_TUPLE: None, cache 0, effect |a, j| 0;
    /// Pops an iterable, pushes its n items so that the first item is on top.
    57 UNPACK_SEQUENCE: Count, cache 1, effect |a, j| a - 1;
    /// Starred unpacking: `a & 0xff` items before the star, `a >> 8` after; pushes
    /// before + 1 + after items, first on top, the starred one as a list.
    58 UNPACK_EX: Count, cache 0, effect |a, j| (a & 0xff) + (a >> 8);
    /// f-string value formatting. `a & 3`: conversion (0 none, 1 str, 2 repr, 3 ascii);
    /// `a & 4`: a format spec is on TOS above the value. Pushes the formatted string.
    59 FORMAT_VALUE: Count, cache 0, effect |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// `TOS = iter(TOS)`.
    60 GET_ITER: None, cache 0, effect |a, j| 0;
    /// Calls `next()` on the iterator at TOS: pushes the value, or when exhausted pops the
    /// iterator and jumps to the target (always forward).
    61 FOR_ITER: Jump, cache 1, effect |a, j| if j { -1 } else { 1 };
    /// Unconditional jump forward.
    62 JUMP_FORWARD: Jump, cache 0, effect |a, j| 0;
    /// Unconditional jump backward: a loop back-edge (counts towards tier-up, polls the eval
    /// breaker).
    63 JUMP_BACKWARD: Jump, cache 0, effect |a, j| 0;
    /// Backward jump that does not poll the eval breaker (inside `yield from`/`await` loops).
    64 JUMP_BACKWARD_NO_INTERRUPT: Jump, cache 0, effect |a, j| 0;
    /// Pops TOS; jumps if it is false.
    65 POP_JUMP_IF_FALSE: Jump, cache 0, effect |a, j| -1;
    /// Pops TOS; jumps if it is true.
    66 POP_JUMP_IF_TRUE: Jump, cache 0, effect |a, j| -1;
    /// Pops TOS; jumps if it is None.
    67 POP_JUMP_IF_NONE: Jump, cache 0, effect |a, j| -1;
    /// Pops TOS; jumps if it is not None.
    68 POP_JUMP_IF_NOT_NONE: Jump, cache 0, effect |a, j| -1;
    /// If TOS is false, jumps and keeps it; otherwise pops it (`and`).
    69 JUMP_IF_FALSE_OR_POP: Jump, cache 0, effect |a, j| if j { 0 } else { -1 };
    /// If TOS is true, jumps and keeps it; otherwise pops it (`or`).
    70 JUMP_IF_TRUE_OR_POP: Jump, cache 0, effect |a, j| if j { 0 } else { -1 };
    /// Handler entry: pushes the exception being handled (TOS stays the new exception):
    /// `[exc] -> [prev_exc_info, exc]`, and makes `exc` the current handled exception.
    71 PUSH_EXC_INFO: None, cache 0, effect |a, j| 1;
    /// Pops the saved exception info (TOS) and restores it as the handled exception.
    72 POP_EXCEPT: None, cache 0, effect |a, j| -1;
    /// Re-raises TOS. If `a != 0`, first pops it and sets the frame's last-instruction offset
    /// from the value at STACK[-a] (saved lasti), as in CPython.
    73 RERAISE: Count, cache 0, effect |a, j| -1;
    /// `[exc, type] -> [exc, bool]`: whether `exc` matches the class (or tuple) `type`.
    74 CHECK_EXC_MATCH: None, cache 0, effect |a, j| 0;
    /// `raise` (a == 0: re-raise the handled exception), `raise TOS` (1), `raise TOS1 from TOS` (2).
    75 RAISE_VARARGS: Count, cache 0, effect |a, j| -a;
    /// Pushes `AssertionError`.
    76 LOAD_ASSERTION_ERROR: None, cache 0, effect |a, j| 1;
    /// `[mgr] -> [bound __exit__, result of __enter__()]`.
    77 BEFORE_WITH: None, cache 0, effect |a, j| 1;
    /// In a `with` handler, stack `[exit_func, lasti, prev_exc, exc]`: calls
    /// `exit_func(type(exc), exc, exc.__traceback__)` and pushes the result.
    78 WITH_EXCEPT_START: None, cache 0, effect |a, j| 1;
    /// Yields TOS from a generator; on resume, TOS is the sent value.
    79 YIELD_VALUE: None, cache 0, effect |a, j| 0;
    /// `TOS = iter(TOS)` for `yield from` (generators pass through unchanged).
    80 GET_YIELD_FROM_ITER: None, cache 0, effect |a, j| 0;
    /// `[receiver, value]`: sends value (next() if None) into receiver. If it yields v,
    /// the stack becomes `[receiver, v]` and execution continues (YIELD_VALUE follows);
    /// if it returns r, the stack becomes `[r]` and it jumps to the target.
    81 SEND: Jump, cache 0, effect |a, j| if j { -1 } else { 0 };
    /// `[level, fromlist] -> [module]`: imports `co_names[i]`.
    82 IMPORT_NAME: Name, cache 0, effect |a, j| -1;
    /// Pushes attribute `co_names[i]` of the module at TOS (which stays).
    83 IMPORT_FROM: Name, cache 0, effect |a, j| 1;
    /// `from TOS import *` into the locals mapping; pops TOS.
    84 IMPORT_STAR: None, cache 0, effect |a, j| -1;
    /// Pushes `builtins.__build_class__`.
    85 LOAD_BUILD_CLASS: None, cache 0, effect |a, j| 1;
    /// Creates `__annotations__` in the locals mapping if missing.
    86 SETUP_ANNOTATIONS: None, cache 0, effect |a, j| 0;
    /// Interactive mode: prints repr(TOS) if not None (sets `builtins._`), pops it.
    87 PRINT_EXPR: None, cache 0, effect |a, j| -1;
    /// Pushes `len(TOS)` (TOS stays). Used by `match` sequence patterns.
    88 GET_LEN: None, cache 0, effect |a, j| 1;
    /// Frame start marker; a == 0 at function start. (Heron uses it as the call-count site.)
    /// The compiler also emits `RESUME 1` after each `yield` and `RESUME 2` after each
    /// `yield from` step, as CPython does; those do nothing.
    89 RESUME: Count, cache 0, effect |a, j| 0;
    /// Creates the generator/coroutine object for this frame and returns it to the caller
    /// (first instruction of a generator function's code).
    90 RETURN_GENERATOR: None, cache 0, effect |a, j| 0;
    /// In a class body: `[... ] -> [...]` pushes `__class__` cell contents helper for `super()`.
    /// (Reserved; not emitted yet.)
    91 LOAD_LOCALS: None, cache 0, effect |a, j| 1;
    /// `match` class pattern: pops the names tuple (TOS), the class and the subject; pushes
    /// the tuple of the subject's `a` positional (by `__match_args__`) and keyword attributes,
    /// or None if the subject is not an instance or lacks one.
    92 MATCH_CLASS: Count, cache 0, effect |a, j| -2;
    /// `match` mapping pattern: pushes whether TOS is a mapping (TOS stays).
    93 MATCH_MAPPING: None, cache 0, effect |a, j| 1;
    /// `match` sequence pattern: pushes whether TOS is a sequence that is not str, bytes or
    /// bytearray (TOS stays).
    94 MATCH_SEQUENCE: None, cache 0, effect |a, j| 1;
    /// `match` mapping pattern: TOS is a tuple of keys, TOS1 the subject (both stay); pushes
    /// the tuple of their values in the subject, or None if a key is missing.
    95 MATCH_KEYS: None, cache 0, effect |a, j| 1;
    /// `match` mapping pattern with `**rest`: TOS is a tuple of keys, TOS1 the subject;
    /// replaces TOS with a new dict of the subject's items without those keys. (CPython 3.11.0;
    /// the compiler emits BUILD_MAP/DICT_UPDATE/DELETE_SUBSCR instead, as 3.11.1+ does.)
    96 COPY_DICT_WITHOUT_KEYS: None, cache 0, effect |a, j| 0;
    /// `TOS = awaitable iterator of TOS` (= `__await__()`; coroutines pass through). The
    /// argument says where the `await` comes from (1: `__aenter__`, 2: `__aexit__`).
    97 GET_AWAITABLE: Count, cache 0, effect |a, j| 0;
    /// `TOS = TOS.__aiter__()` for `async for`.
    98 GET_AITER: None, cache 0, effect |a, j| 0;
    /// Pushes the awaitable of `TOS.__anext__()` (TOS, the async iterator, stays).
    99 GET_ANEXT: None, cache 0, effect |a, j| 1;
    /// Handler of `async for`'s `__anext__`: `[aiter, exc]`; ends the loop on
    /// StopAsyncIteration (popping both), re-raises anything else.
    100 END_ASYNC_FOR: None, cache 0, effect |a, j| -2;
    /// `[mgr] -> [bound __aexit__, mgr.__aenter__()]` for `async with`.
    101 BEFORE_ASYNC_WITH: None, cache 0, effect |a, j| 1;
    /// Marks the value an asynchronous generator yields (so its awaitables can tell it from
    /// values passed through from an `await`).
    102 ASYNC_GEN_WRAP: None, cache 0, effect |a, j| 0;
    /// `except*`: `[exc, type] -> [rest, match]`: splits exc by type; match is None when
    /// nothing matched (then rest is exc itself).
    103 CHECK_EG_MATCH: None, cache 0, effect |a, j| 0;
    /// `except*`: `[orig, raised_list] -> [exc_to_reraise_or_None]`.
    104 PREP_RERAISE_STAR: None, cache 0, effect |a, j| -1;

    // ---- Specialised forms (PEP 659). Never emitted by the compiler. ----
    /// BINARY_OP `+` with two ints (guard: both `int`; deopts on overflow to big int).
    128 BINARY_OP_ADD_INT: BinOp, cache 1, effect |a, j| -1, spec_of BINARY_OP;
    /// BINARY_OP `-` with two ints.
    129 BINARY_OP_SUBTRACT_INT: BinOp, cache 1, effect |a, j| -1, spec_of BINARY_OP;
    /// BINARY_OP `*` with two ints.
    130 BINARY_OP_MULTIPLY_INT: BinOp, cache 1, effect |a, j| -1, spec_of BINARY_OP;
    /// BINARY_OP `+`, `-`, `*`, `/`, `//`, `%` with two floats, or int/float mixes.
    131 BINARY_OP_FLOAT: BinOp, cache 1, effect |a, j| -1, spec_of BINARY_OP;
    /// BINARY_OP `+` with two strs.
    132 BINARY_OP_ADD_UNICODE: BinOp, cache 1, effect |a, j| -1, spec_of BINARY_OP;
    /// BINARY_OP other int operators (`//`, `%`, `&`, `|`, `^`, `<<`, `>>`) on two ints.
    133 BINARY_OP_INT: BinOp, cache 1, effect |a, j| -1, spec_of BINARY_OP;
    /// COMPARE_OP on two ints.
    134 COMPARE_OP_INT: CmpOp, cache 1, effect |a, j| -1, spec_of COMPARE_OP;
    /// COMPARE_OP on two floats (or int/float).
    135 COMPARE_OP_FLOAT: CmpOp, cache 1, effect |a, j| -1, spec_of COMPARE_OP;
    /// COMPARE_OP `==`/`!=` on two strs.
    136 COMPARE_OP_STR: CmpOp, cache 1, effect |a, j| -1, spec_of COMPARE_OP;
    /// LOAD_GLOBAL hit in the module's globals (guard: globals dict version).
    137 LOAD_GLOBAL_MODULE: GlobalName, cache 4, effect |a, j| 1 + (a & 1), spec_of LOAD_GLOBAL;
    /// LOAD_GLOBAL hit in builtins (guards: globals and builtins dict versions).
    138 LOAD_GLOBAL_BUILTIN: GlobalName, cache 4, effect |a, j| 1 + (a & 1), spec_of LOAD_GLOBAL;
    /// LOAD_ATTR of an instance attribute (guard: type version; cached dict entry or
    /// `__slots__` index).
    139 LOAD_ATTR_INSTANCE_VALUE: Name, cache 4, effect |a, j| 0, spec_of LOAD_ATTR;
    /// LOAD_ATTR on a module object (guard: module dict version).
    140 LOAD_ATTR_MODULE: Name, cache 4, effect |a, j| 0, spec_of LOAD_ATTR;
    /// STORE_ATTR to an existing instance attribute (guard: type version; cached dict entry
    /// or `__slots__` index).
    141 STORE_ATTR_INSTANCE_VALUE: Name, cache 4, effect |a, j| -2, spec_of STORE_ATTR;
    /// LOAD_METHOD of a Python function or built-in method descriptor found on the type
    /// (guard: type version; instance dict does not shadow it).
    142 LOAD_METHOD_CACHED: Name, cache 4, effect |a, j| 1, spec_of LOAD_METHOD;
    /// CALL of a Python function with exactly its positional parameters (guard: function
    /// identity via its code object and version).
    143 CALL_PY_EXACT_ARGS: Count, cache 4, effect |a, j| -1 - a, spec_of CALL;
    /// CALL of a built-in function.
    144 CALL_BUILTIN: Count, cache 4, effect |a, j| -1 - a, spec_of CALL;
    /// FOR_ITER over a `range` iterator.
    145 FOR_ITER_RANGE: Jump, cache 1, effect |a, j| if j { -1 } else { 1 }, spec_of FOR_ITER;
    /// FOR_ITER over a `list` iterator.
    146 FOR_ITER_LIST: Jump, cache 1, effect |a, j| if j { -1 } else { 1 }, spec_of FOR_ITER;
    /// BINARY_SUBSCR of a list by an int.
    147 BINARY_SUBSCR_LIST_INT: None, cache 1, effect |a, j| -1, spec_of BINARY_SUBSCR;
    /// BINARY_SUBSCR of a dict.
    148 BINARY_SUBSCR_DICT: None, cache 1, effect |a, j| -1, spec_of BINARY_SUBSCR;
    /// STORE_SUBSCR of a list by an int.
    149 STORE_SUBSCR_LIST_INT: None, cache 1, effect |a, j| -3, spec_of STORE_SUBSCR;
    /// UNPACK_SEQUENCE of a tuple or list of exactly n items.
    150 UNPACK_SEQUENCE_EXACT: Count, cache 1, effect |a, j| a - 1, spec_of UNPACK_SEQUENCE;
    /// BINARY_SUBSCR of a tuple by an int.
    151 BINARY_SUBSCR_TUPLE_INT: None, cache 1, effect |a, j| -1, spec_of BINARY_SUBSCR;
    /// STORE_SUBSCR of a dict.
    152 STORE_SUBSCR_DICT: None, cache 1, effect |a, j| -3, spec_of STORE_SUBSCR;
    /// LOAD_ATTR of a class attribute or plain method through an instance's type, when the
    /// instance dict does not shadow it (guard: type version).
    153 LOAD_ATTR_CLASS: Name, cache 4, effect |a, j| 0, spec_of LOAD_ATTR;
}

/// Names of BINARY_OP arguments, as `dis` prints them (CPython's `NB_*` order).
pub const BINARY_OP_NAMES: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// BINARY_OP argument values.
pub mod binop {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    /// Add to any of the above for the in-place (`+=`) form.
    pub const INPLACE: u32 = 13;
}

/// Names of COMPARE_OP arguments.
pub const CMP_OP_NAMES: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// COMPARE_OP argument values.
pub mod cmpop {
    pub const LT: u32 = 0;
    pub const LE: u32 = 1;
    pub const EQ: u32 = 2;
    pub const NE: u32 = 3;
    pub const GT: u32 = 4;
    pub const GE: u32 = 5;
}

/// Code flags (`co_flags`), CPython's values.
pub mod co_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Calling the function makes a generator, coroutine or async generator object instead
    /// of running the body.
    pub const RESUMABLE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

/// Encodes one instruction word.
#[inline]
pub fn encode(op: Op, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24), "argument too large for 24 bits");
    op as u32 | (arg << 8)
}

/// Decodes one instruction word into its opcode number and argument.
#[inline(always)]
pub fn decode(word: u32) -> (u8, u32) {
    (word as u8, word >> 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &op in Op::ALL {
            assert!(seen.insert(op as u8), "duplicate number for {}", op.name());
            assert_eq!(Op::from_u8(op as u8), Some(op));
        }
    }

    #[test]
    fn specialised_forms_agree_with_their_base() {
        for &op in Op::ALL {
            let base = op.base();
            assert_eq!(op.cache_words(), base.cache_words(), "{}", op.name());
            assert_eq!(op.arg_kind(), base.arg_kind(), "{}", op.name());
            for arg in [0, 1, 2, 3, 7, 0x0203] {
                for jump in [false, true] {
                    assert_eq!(op.stack_effect(arg, jump), base.stack_effect(arg, jump));
                }
            }
        }
    }

    #[test]
    fn encoding() {
        let w = encode(Op::LOAD_CONST, 300);
        assert_eq!(decode(w), (Op::LOAD_CONST as u8, 300));
    }
}
