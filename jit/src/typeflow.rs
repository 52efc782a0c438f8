//! Type flow: for each instruction, the *plan* tier 2 uses to compile it, chosen from the
//! quickened instruction (the interpreter's type feedback), the kinds of its operands and
//! compile-time facts, and the abstract effect of that plan on the locals and the stack.
//!
//! Both the fixpoint in `analysis.rs` and the translator call [`plan`]; the translator then
//! emits code for exactly that plan, so the kinds the analysis predicts at block entries are
//! the kinds the code produces. (= the "guards plus action" view of specialised instructions:
//! a plan names the guards it needs and the representation of its result.)

use std::collections::{HashMap, HashSet};

use heron_runtime::bytecode::opcodes::{binop, cmpop, Op};
use heron_runtime::object::{Obj, Payload, PyRef};
use heron_runtime::objects::code::CodeData;
use heron_runtime::objects::typeobj;
use heron_runtime::value::Value;
use heron_runtime::vm::jit_support::generic::generic_io;
use heron_runtime::vm::specialize::INT_OVERFLOWED;
use heron_runtime::Vm;

use crate::analysis::{EntryState, Instr, LocalKind};
use crate::codecache::{CodeCache, Profile};
use crate::feedback::{self, Callee, DictSlot, GlobalSlot, Intrinsic};

/// How a value is represented in compiled code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A full `Value` (tag word + payload word); may be any Python value, or `Undef` for an
    /// unbound local or the NULL half of a method pair.
    Boxed,
    /// An `int` known to fit in i64, unboxed.
    Int,
    /// A `float`, unboxed.
    Float,
    /// A `bool`, unboxed (0/1).
    Bool,
    /// The NULL pushed by PUSH_NULL / LOAD_GLOBAL (no value at all).
    Null,
    /// A `range(start, stop, step)` object that has not been allocated (virtual).
    RangeObj,
    /// A `range_iterator` kept as `(cur, stop, step)` (virtual).
    RangeIter,
    /// A `list_iterator` kept as `(list, index)` (virtual; it owns a count of the list).
    ListIter,
}

impl Kind {
    /// Int, Float or Bool.
    pub fn is_unboxed(self) -> bool {
        matches!(self, Kind::Int | Kind::Float | Kind::Bool)
    }

    /// Kinds that may sit at a block boundary without conversion.
    pub fn is_boxed_like(self) -> bool {
        matches!(self, Kind::Boxed | Kind::Null)
    }

    /// One-letter name for dumps.
    pub fn short(self) -> &'static str {
        match self {
            Kind::Boxed => "b",
            Kind::Int => "i",
            Kind::Float => "f",
            Kind::Bool => "z",
            Kind::Null => "0",
            Kind::RangeObj => "R",
            Kind::RangeIter => "r",
            Kind::ListIter => "l",
        }
    }
}

/// A compile-time guess or fact about which object a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// Certainly this object (a constant, or a method proven by a type-version guard).
    Exact(usize),
    /// Was this object at compile time; an identity guard must prove it where it matters.
    Likely(usize),
}

impl Known {
    /// The object address.
    pub fn addr(self) -> usize {
        match self {
            Known::Exact(p) | Known::Likely(p) => p,
        }
    }
}

/// What the type flow knows about one stack value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Abs {
    pub kind: Kind,
    pub known: Option<Known>,
    /// The local it was loaded from (while that local still holds it).
    pub origin: Option<u16>,
    /// A global that held an int at compile time: float arithmetic converts it rather than
    /// speculating it is a float (`WIDTH` in `x / WIDTH`).
    pub int_hint: bool,
}

/// The abstract state during a block.
#[derive(Clone, Debug)]
pub struct AbsState {
    pub locals: Vec<LocalKind>,
    pub stack: Vec<Abs>,
    /// Keyword names set by KW_NAMES for the next CALL (const index).
    pub kwnames: Option<u32>,
}

impl AbsState {
    pub fn from_entry(e: &EntryState) -> AbsState {
        AbsState {
            locals: e.locals.clone(),
            stack: e.stack.iter().map(|&k| Abs::of(k)).collect(),
            kwnames: None,
        }
    }

    /// The state as a block entry sees it (kinds only; virtual range objects are boxed).
    pub fn to_entry(&self) -> EntryState {
        EntryState {
            locals: self.locals.clone(),
            stack: self.stack.iter().map(|a| boundary_kind(a.kind)).collect(),
        }
    }

    fn pop(&mut self) -> Abs {
        self.stack.pop().unwrap_or(Abs::of(Kind::Boxed))
    }

    fn push(&mut self, k: Kind) {
        self.stack.push(Abs::of(k));
    }

    fn top(&self, n: usize) -> Abs {
        self.stack
            .get(self.stack.len().wrapping_sub(n))
            .copied()
            .unwrap_or(Abs::of(Kind::Boxed))
    }

    /// Forgets that stack values came from local `slot` (it is being rebound).
    fn unorigin(&mut self, slot: u16) {
        for a in &mut self.stack {
            if a.origin == Some(slot) {
                a.origin = None;
            }
        }
    }

    /// A guard proved that the value loaded from `origin` has kind `k`: the local has it too.
    fn refine(&mut self, a: Abs, k: Kind) {
        if let Some(o) = a.origin {
            if a.kind == Kind::Boxed {
                self.locals[o as usize] = LocalKind {
                    kind: k,
                    bound: true,
                };
                for s in &mut self.stack {
                    if s.origin == Some(o) {
                        s.kind = k;
                    }
                }
            }
        }
    }
}

/// The kind a value has when it crosses a block boundary.
pub fn boundary_kind(k: Kind) -> Kind {
    match k {
        Kind::RangeObj => Kind::Boxed,
        k => k,
    }
}

/// Everything plans may consult besides the instruction and its operands.
pub struct Facts<'a> {
    pub vm: &'a Vm,
    pub cd: &'a CodeData,
    pub globals: Option<PyRef>,
    pub builtins: Option<PyRef>,
    pub profile: &'a Profile,
    pub cache: &'a CodeCache,
    /// `Cfg::fused_slices`: subscript word index → the slice's component count.
    pub fused_slices: HashMap<u32, u8>,
    /// `Cfg::list_loops`: GET_ITER word indexes whose loop iterated over lists.
    pub list_loops: HashSet<u32>,
}

impl Facts<'_> {
    /// Whether slot `slot` of the loop header at `pc` may be speculated unboxed.
    pub fn may_speculate(&self, pc: u32, slot: u32) -> bool {
        !self.profile.no_spec.contains(&(pc, slot))
    }

    /// Whether the instruction at `pc` must use its generic path (its fast path's guard kept
    /// failing).
    pub fn generic_at(&self, pc: u32) -> bool {
        self.profile.generic.contains(&pc)
    }

    /// Whether the float arithmetic at `pc` must also take int operands (see `Fix::Widen`).
    pub fn widened_at(&self, pc: u32) -> bool {
        self.profile.widened.contains(&pc)
    }

    fn name(&self, i: u32) -> Option<PyRef> {
        self.cd
            .names
            .get(i as usize)
            .and_then(|v| v.as_obj().cloned())
    }

    fn cache(&self, pc: u32, k: u32) -> u32 {
        self.cd.word((pc + 1 + k) as usize)
    }
}

/// Integer operators with an i64 fast path (overflow and errors deoptimise).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    And,
    Or,
    Xor,
    Lshift,
    Rshift,
}

/// Float operators with an f64 fast path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
    /// `**` of a positive base with a finite result (other cases leave compiled code).
    Pow,
    /// `//` and `%` (Python's floor semantics, by the runtime's functions).
    FloorDiv,
    Mod,
}

/// How one instruction is compiled.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    Nop,
    KwNames(u32),
    LoadFast {
        slot: u16,
        check: bool,
    },
    LoadClosure(u16),
    StoreFast(u16),
    DeleteFast {
        slot: u16,
        check: bool,
    },
    LoadConst(u32),
    Copy(usize),
    Swap(usize),
    PopTop,
    PushNull,
    IntBin(IntOp),
    FloatBin(FloatOp),
    /// `int / int` as a float division (both operands must be exact in a double).
    IntTrueDiv,
    IntNeg,
    FloatNeg,
    /// `not a` for any operand (its truth in line where the kind allows).
    Not,
    IntCmp(u32),
    FloatCmp(u32),
    IsOp(bool),
    /// POP_JUMP_IF_TRUE (`true`) / POP_JUMP_IF_FALSE (`false`).
    PopJump(bool),
    /// POP_JUMP_IF_NONE (`true`) / POP_JUMP_IF_NOT_NONE (`false`).
    PopJumpNone(bool),
    /// JUMP_IF_TRUE_OR_POP (`true`) / JUMP_IF_FALSE_OR_POP (`false`).
    JumpOrPop(bool),
    Jump,
    /// JUMP_BACKWARD (polls the eval breaker).
    JumpBack,
    /// A generator's YIELD_VALUE: the frame goes to the interpreter, which suspends it;
    /// resuming enters compiled code after the RESUME that follows.
    Yield,
    /// SEND (`yield from`): the value sent into the receiver by a helper; the receiver's
    /// next value falls through to the YIELD_VALUE, its return value jumps out.
    Send,
    ForIterRange,
    /// FOR_ITER over a virtual list iterator: bounds check and item load in line.
    ForIterList,
    ForIterGeneric,
    GetIterRange,
    /// GET_ITER of a list in a loop whose FOR_ITER saw list iterators: a guard that the
    /// operand is an exact list, and a virtual iterator.
    GetIterList,
    LoadGlobal {
        slot: GlobalSlot,
        null: bool,
    },
    /// LOAD_ATTR through a polymorphic instance-attribute cache, seeded with the
    /// interpreter's (type version, dict entry index).
    LoadAttrPoly {
        seed: (u32, u32),
        name: usize,
    },
    LoadAttrModule(DictSlot),
    StoreAttrPoly {
        seed: (u32, u32),
        name: usize,
    },
    /// LOAD_METHOD through a polymorphic method cache, seeded with the interpreter's
    /// (type version, method).
    LoadMethodPoly {
        seed: (u32, usize),
        name: usize,
    },
    LoadMethodModule(DictSlot),
    SubscrSeq,
    StoreSubscrList,
    /// UNPACK_SEQUENCE of an exact list or tuple of the right length, in line.
    UnpackSeq(usize),
    /// BUILD_SLICE whose slice the next instruction takes: the components stay on the
    /// stack for it.
    SliceLater,
    /// BINARY_SUBSCR (`store`: STORE_SUBSCR) of the slice with `n` components left by
    /// `SliceLater`, in one helper call without the slice object.
    SubscrSlice {
        n: u8,
        store: bool,
    },
    CallIntrinsic {
        intr: Intrinsic,
        argc: usize,
        callee: Known,
    },
    CallDirect {
        callee: Callee,
        argc: usize,
        known: Known,
        method: bool,
    },
    /// `cls(*args)` for a class whose call is `object.__new__` then the compiled Python
    /// `__init__` `init` (`Vm::plain_init`), while the class keeps type version `version`.
    CallInit {
        init: Callee,
        argc: usize,
        class: Known,
        version: u32,
    },
    /// A generic BINARY_OP whose left operand was an instance of `class` (at `version`):
    /// guards on both operands' types and a direct call of the class's dunder.
    BinDunder {
        op: u32,
        class: usize,
        version: u32,
        dunder: Callee,
    },
    /// A call of a built-in function or method descriptor (no bound self) that was
    /// `callee` at compile time: its native function runs on the arguments directly
    /// (another callable takes the generic call).
    CallNative {
        argc: usize,
        callee: Known,
        method: bool,
    },
    CallGeneric {
        argc: usize,
        kwnames: Option<u32>,
    },
    Return,
    /// The generic path through `heron_rt_generic` (or one of the iteration/call helpers).
    Generic,
    /// Leave compiled code and let the interpreter run this instruction.
    Exit(&'static str),
    /// The code object cannot be compiled.
    Decline(String),
}

impl Plan {
    /// What the plan gains over the interpreter: `Some(true)` for a typed fast path (unboxed
    /// arithmetic, a guarded cache hit, a counted loop, a direct or intrinsic call),
    /// `Some(false)` for a call into the generic path, which costs a little more than the
    /// interpreter's own handler; `None` for bookkeeping (locals, constants, stack, jumps).
    pub fn gain(&self) -> Option<bool> {
        match self {
            Plan::IntBin(_)
            | Plan::FloatBin(_)
            | Plan::IntTrueDiv
            | Plan::IntNeg
            | Plan::FloatNeg
            | Plan::Not
            | Plan::IntCmp(_)
            | Plan::FloatCmp(_)
            | Plan::ForIterRange
            | Plan::GetIterRange
            | Plan::ForIterList
            | Plan::GetIterList
            | Plan::LoadAttrPoly { .. }
            | Plan::LoadAttrModule(_)
            | Plan::StoreAttrPoly { .. }
            | Plan::LoadMethodPoly { .. }
            | Plan::LoadMethodModule(_)
            | Plan::SubscrSeq
            | Plan::StoreSubscrList
            | Plan::UnpackSeq(_)
            | Plan::SubscrSlice { .. }
            | Plan::CallIntrinsic { .. }
            | Plan::CallDirect { .. }
            | Plan::CallInit { .. }
            | Plan::CallNative { .. }
            | Plan::BinDunder { .. } => Some(true),
            Plan::Generic
            | Plan::CallGeneric { .. }
            | Plan::ForIterGeneric
            | Plan::Send
            | Plan::Exit(_) => Some(false),
            _ => None,
        }
    }
}

/// The number of items an instruction pops and pushes on its fall-through edge (or on the
/// taken edge when `jump`).
pub fn pops_pushes(op: Op, arg: u32, jump: bool) -> (usize, usize) {
    let a = arg as usize;
    match op.base() {
        Op::LIST_APPEND
        | Op::SET_ADD
        | Op::LIST_EXTEND
        | Op::SET_UPDATE
        | Op::DICT_UPDATE
        | Op::DICT_MERGE => (1, 0),
        Op::MAP_ADD => (2, 0),
        Op::GET_LEN
        | Op::MATCH_SEQUENCE
        | Op::MATCH_MAPPING
        | Op::MATCH_KEYS
        | Op::IMPORT_FROM
        | Op::WITH_EXCEPT_START
        | Op::LOAD_DEREF
        | Op::LOAD_CLASSDEREF
        | Op::LOAD_CLOSURE => (0, 1),
        Op::CHECK_EXC_MATCH | Op::COPY_DICT_WITHOUT_KEYS => (1, 1),
        Op::STORE_DEREF => (1, 0),
        Op::DELETE_DEREF | Op::MAKE_CELL | Op::COPY_FREE_VARS => (0, 0),
        Op::LOAD_GLOBAL => (0, 1 + (a & 1)),
        Op::COPY => (0, 1),
        Op::SWAP => (0, 0),
        Op::CALL => (a + 2, 1),
        Op::FOR_ITER => {
            if jump {
                (1, 0)
            } else {
                (0, 1)
            }
        }
        // The sent value goes in; the receiver's next value comes out, or its return value
        // takes the receiver's place.
        Op::SEND => {
            if jump {
                (2, 1)
            } else {
                (1, 1)
            }
        }
        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
            if jump {
                (0, 0)
            } else {
                (1, 0)
            }
        }
        _ => match generic_io(op, arg) {
            Some(io) => io,
            None => {
                let e = op.stack_effect(arg, jump);
                if e >= 0 {
                    (0, e as usize)
                } else {
                    ((-e) as usize, 0)
                }
            }
        },
    }
}

fn const_kind(v: &Value) -> Abs {
    match v {
        Value::Int(_) => Abs::of(Kind::Int),
        Value::Float(_) => Abs::of(Kind::Float),
        Value::Bool(_) => Abs::of(Kind::Bool),
        Value::Obj(o) => Abs {
            kind: Kind::Boxed,
            known: Some(Known::Exact(o.as_ptr() as usize)),
            origin: None,
            int_hint: false,
        },
        _ => Abs::of(Kind::Boxed),
    }
}

fn int_op(arg: u32) -> Option<IntOp> {
    let base = if arg >= binop::INPLACE {
        arg - binop::INPLACE
    } else {
        arg
    };
    Some(match base {
        binop::ADD => IntOp::Add,
        binop::SUBTRACT => IntOp::Sub,
        binop::MULTIPLY => IntOp::Mul,
        binop::FLOOR_DIVIDE => IntOp::FloorDiv,
        binop::REMAINDER => IntOp::Mod,
        binop::AND => IntOp::And,
        binop::OR => IntOp::Or,
        binop::XOR => IntOp::Xor,
        binop::LSHIFT => IntOp::Lshift,
        binop::RSHIFT => IntOp::Rshift,
        _ => return None,
    })
}

fn float_op(arg: u32) -> Option<FloatOp> {
    let base = if arg >= binop::INPLACE {
        arg - binop::INPLACE
    } else {
        arg
    };
    Some(match base {
        binop::ADD => FloatOp::Add,
        binop::SUBTRACT => FloatOp::Sub,
        binop::MULTIPLY => FloatOp::Mul,
        binop::TRUE_DIVIDE => FloatOp::Div,
        binop::POWER => FloatOp::Pow,
        binop::FLOOR_DIVIDE => FloatOp::FloorDiv,
        binop::REMAINDER => FloatOp::Mod,
        _ => return None,
    })
}

/// Operand kinds an int fast path accepts (boxed ones are guarded).
fn intish(k: Kind) -> bool {
    matches!(k, Kind::Int | Kind::Boxed)
}

/// The longest UNPACK_SEQUENCE done in line.
const MAX_UNPACK: u32 = 8;

/// Whether a subscript's key may take the int-index fast path: an unboxed int, or a boxed
/// key at a site the interpreter specialised to one of `int_forms` (a boxed key at a
/// generic site may well be a slice or a dict key).
fn int_index(key: Kind, op: Op, int_forms: &[Op]) -> bool {
    key == Kind::Int || (key == Kind::Boxed && int_forms.contains(&op))
}

/// Operand kinds a float fast path accepts (boxed ones are checked for float or int).
fn floatish(k: Kind) -> bool {
    matches!(k, Kind::Int | Kind::Float | Kind::Boxed)
}

fn binop_plan(op: Op, arg: u32, a: Kind, b: Kind) -> Plan {
    let spec_int = matches!(
        op,
        Op::BINARY_OP_ADD_INT
            | Op::BINARY_OP_SUBTRACT_INT
            | Op::BINARY_OP_MULTIPLY_INT
            | Op::BINARY_OP_INT
    );
    let base = if arg >= binop::INPLACE {
        arg - binop::INPLACE
    } else {
        arg
    };
    if (spec_int && intish(a) && intish(b)) || (a == Kind::Int && b == Kind::Int) {
        if let Some(o) = int_op(arg) {
            return Plan::IntBin(o);
        }
        if base == binop::TRUE_DIVIDE {
            return Plan::IntTrueDiv;
        }
    }
    let known_float = (a == Kind::Float && matches!(b, Kind::Float | Kind::Int))
        || (b == Kind::Float && a == Kind::Int);
    if (op == Op::BINARY_OP_FLOAT && floatish(a) && floatish(b)) || known_float {
        if let Some(o) = float_op(arg) {
            return Plan::FloatBin(o);
        }
    }
    Plan::Generic
}

fn cmp_plan(op: Op, arg: u32, a: Kind, b: Kind) -> Plan {
    if arg > cmpop::GE {
        return Plan::Generic;
    }
    if (op == Op::COMPARE_OP_INT && intish(a) && intish(b)) || (a == Kind::Int && b == Kind::Int) {
        return Plan::IntCmp(arg);
    }
    if (op == Op::COMPARE_OP_FLOAT
        && matches!(a, Kind::Float | Kind::Boxed)
        && matches!(b, Kind::Float | Kind::Boxed))
        || (a == Kind::Float && b == Kind::Float)
    {
        return Plan::FloatCmp(arg);
    }
    Plan::Generic
}

/// The callee and argument count of a CALL whose stack is `[m_or_null, c_or_self, args...]`.
fn call_target(st: &AbsState, argc: usize) -> Option<(Known, bool)> {
    let first = st.top(argc + 2);
    let second = st.top(argc + 1);
    if first.kind == Kind::Null {
        second.known.map(|k| (k, false))
    } else {
        first.known.map(|k| (k, true))
    }
}

fn intrinsic_plan(intr: Intrinsic, args: &[Abs], facts: &Facts) -> bool {
    let k = |i: usize| args[i].kind;
    match (intr, args.len()) {
        (Intrinsic::Len, 1) => true,
        (Intrinsic::Abs, 1) => matches!(k(0), Kind::Int | Kind::Float),
        (Intrinsic::Min | Intrinsic::Max, 2) => {
            (k(0) == Kind::Int && k(1) == Kind::Int) || (k(0) == Kind::Float && k(1) == Kind::Float)
        }
        (Intrinsic::IsInstance, 2) => args[1].known.is_some_and(|kn| {
            // SAFETY: known addresses are live objects (held by the code or a namespace).
            let o = unsafe { &*(kn.addr() as *const Obj) };
            matches!(o.payload, Payload::Type(_))
                && !facts.vm.types.bool.as_ptr().eq(&(o as *const Obj))
        }),
        (Intrinsic::Int, 1) => matches!(k(0), Kind::Int | Kind::Float),
        (Intrinsic::Float, 1) => matches!(k(0), Kind::Int | Kind::Float),
        (Intrinsic::Range, 1..=3) => args.iter().all(|a| intish(a.kind)),
        (Intrinsic::Sqrt | Intrinsic::Sin | Intrinsic::Cos | Intrinsic::Floor, 1) => floatish(k(0)),
        _ => false,
    }
}

/// The kind an intrinsic call produces.
pub fn intrinsic_result(intr: Intrinsic, args: &[Abs]) -> Kind {
    match intr {
        Intrinsic::Len | Intrinsic::Int | Intrinsic::Floor => Kind::Int,
        Intrinsic::Abs | Intrinsic::Min | Intrinsic::Max => args[0].kind,
        Intrinsic::IsInstance => Kind::Bool,
        Intrinsic::Float | Intrinsic::Sqrt | Intrinsic::Sin | Intrinsic::Cos => Kind::Float,
        Intrinsic::Range => Kind::RangeObj,
    }
}

fn call_plan(st: &AbsState, argc: usize, facts: &Facts) -> Plan {
    let kwnames = st.kwnames;
    if kwnames.is_some() {
        return Plan::CallGeneric { argc, kwnames };
    }
    let Some((known, method)) = call_target(st, argc) else {
        return Plan::CallGeneric { argc, kwnames };
    };
    // SAFETY: known addresses are live objects (held by the code, a namespace or the compiled
    // code's references).
    let obj = unsafe { &*(known.addr() as *const Obj) };
    let nargs = argc + method as usize;
    let args: Vec<Abs> = (0..nargs).map(|i| st.top(nargs - i)).collect();
    if !method {
        if let Some(intr) = feedback::intrinsic_of(facts.vm, obj) {
            if intrinsic_plan(intr, &args, facts) {
                return Plan::CallIntrinsic {
                    intr,
                    argc,
                    callee: known,
                };
            }
        }
    }
    if let Some(plan) = init_plan(obj, argc, known, method, facts) {
        return plan;
    }
    if let Some(callee) = facts.cache.callee(obj, nargs) {
        return Plan::CallDirect {
            callee,
            argc,
            known,
            method,
        };
    }
    if let Payload::Builtin(b) = &obj.payload {
        if b.self_.is_undef() {
            return Plan::CallNative {
                argc,
                callee: known,
                method,
            };
        }
    }
    Plan::CallGeneric { argc, kwnames }
}

/// The plan for calling class `obj` (no `self` below it) when the call is `object.__new__`
/// then a compiled Python `__init__` and the metaclass is `type` (no `__call__` to honour).
fn init_plan(obj: &Obj, argc: usize, class: Known, method: bool, facts: &Facts) -> Option<Plan> {
    let Payload::Type(td) = &obj.payload else {
        return None;
    };
    if method || !std::ptr::eq(obj.ty(), &*facts.vm.types.type_) {
        return None;
    }
    let init = td.cached_plain_init()?;
    // SAFETY: the class holds its `__init__` while it keeps this version (compile time).
    let init = facts
        .cache
        .callee(unsafe { &*(init as *const Obj) }, argc + 1)?;
    Some(Plan::CallInit {
        init,
        argc,
        class,
        version: td.version.get(),
    })
}

/// The plan for an operator site whose interpreter runs called a class's Python dunder, while
/// the class still has the version it had then (so the dunder is still its operator method).
fn dunder_plan(pc: u32, op: u32, facts: &Facts) -> Option<Plan> {
    let seen = facts.cd.binop_dunder(pc)?;
    let (class, func) = seen.live()?;
    let dunder = facts.cache.callee(&func, 2)?;
    Some(Plan::BinDunder {
        op,
        class: class.as_ptr() as usize,
        version: seen.version,
        dunder,
    })
}

/// Chooses the plan for instruction `i` in state `st`.
pub fn plan(st: &AbsState, i: &Instr, facts: &Facts) -> Plan {
    let arg = i.arg;
    let generic_site = facts.generic_at(i.pc);
    match i.op.base() {
        Op::NOP | Op::RESUME => Plan::Nop,
        Op::KW_NAMES => Plan::KwNames(arg),
        Op::LOAD_FAST => {
            let slot = arg as u16;
            let check = !st.locals.get(arg as usize).is_some_and(|l| l.bound);
            Plan::LoadFast { slot, check }
        }
        Op::LOAD_CLOSURE => Plan::LoadClosure(arg as u16),
        Op::STORE_FAST => Plan::StoreFast(arg as u16),
        Op::DELETE_FAST => Plan::DeleteFast {
            slot: arg as u16,
            check: !st.locals[arg as usize].bound,
        },
        Op::LOAD_CONST => Plan::LoadConst(arg),
        // A virtual list iterator has one owner; copies of it are left to the interpreter.
        Op::COPY if st.top(arg as usize).kind == Kind::ListIter => {
            Plan::Exit("copy of a virtual iterator")
        }
        Op::COPY => Plan::Copy(arg as usize),
        Op::SWAP => Plan::Swap(arg as usize),
        Op::POP_TOP => Plan::PopTop,
        Op::PUSH_NULL => Plan::PushNull,
        // A site whose int fast path overflowed in the interpreter would only exit: it
        // compiles generic from the start.
        Op::BINARY_OP if !generic_site && facts.cache(i.pc, 0) & INT_OVERFLOWED == 0 => {
            match binop_plan(i.op, arg, st.top(2).kind, st.top(1).kind) {
                Plan::Generic if i.op == Op::BINARY_OP && st.top(2).kind == Kind::Boxed => {
                    dunder_plan(i.pc, arg, facts).unwrap_or(Plan::Generic)
                }
                p => p,
            }
        }
        Op::COMPARE_OP if !generic_site => cmp_plan(i.op, arg, st.top(2).kind, st.top(1).kind),
        Op::UNARY_NEGATIVE if !generic_site => match st.top(1).kind {
            Kind::Int => Plan::IntNeg,
            Kind::Float => Plan::FloatNeg,
            _ => Plan::Generic,
        },
        Op::UNARY_NOT => Plan::Not,
        Op::IS_OP => Plan::IsOp(arg == 1),
        Op::POP_JUMP_IF_TRUE => Plan::PopJump(true),
        Op::POP_JUMP_IF_FALSE => Plan::PopJump(false),
        Op::POP_JUMP_IF_NONE => Plan::PopJumpNone(true),
        Op::POP_JUMP_IF_NOT_NONE => Plan::PopJumpNone(false),
        Op::JUMP_IF_TRUE_OR_POP => Plan::JumpOrPop(true),
        Op::JUMP_IF_FALSE_OR_POP => Plan::JumpOrPop(false),
        Op::JUMP_FORWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => Plan::Jump,
        Op::JUMP_BACKWARD => Plan::JumpBack,
        Op::FOR_ITER => match st.top(1).kind {
            Kind::RangeIter => Plan::ForIterRange,
            Kind::ListIter => Plan::ForIterList,
            _ => Plan::ForIterGeneric,
        },
        Op::GET_ITER if st.top(1).kind == Kind::RangeObj => Plan::GetIterRange,
        Op::GET_ITER
            if !generic_site
                && st.top(1).kind == Kind::Boxed
                && facts.list_loops.contains(&i.pc) =>
        {
            Plan::GetIterList
        }
        Op::LOAD_GLOBAL => {
            let null = arg & 1 != 0;
            match (&facts.globals, &facts.builtins, facts.name(arg >> 1)) {
                (Some(g), Some(b), Some(n)) if !generic_site => {
                    match feedback::lookup_global(g, b, &n) {
                        Some(slot) => Plan::LoadGlobal { slot, null },
                        None => Plan::Generic,
                    }
                }
                _ => Plan::Generic,
            }
        }
        Op::LOAD_ATTR => {
            if generic_site {
                return Plan::Generic;
            }
            if let Some(slot) = module_attr(st.top(1), facts, arg) {
                return Plan::LoadAttrModule(slot);
            }
            match facts.name(arg) {
                Some(n) if i.op == Op::LOAD_ATTR_INSTANCE_VALUE => Plan::LoadAttrPoly {
                    seed: (facts.cache(i.pc, 0), facts.cache(i.pc, 1)),
                    name: n.as_ptr() as usize,
                },
                _ => Plan::Generic,
            }
        }
        Op::STORE_ATTR if i.op == Op::STORE_ATTR_INSTANCE_VALUE && !generic_site => {
            match facts.name(arg) {
                Some(n) => Plan::StoreAttrPoly {
                    seed: (facts.cache(i.pc, 0), facts.cache(i.pc, 1)),
                    name: n.as_ptr() as usize,
                },
                None => Plan::Generic,
            }
        }
        Op::LOAD_METHOD => {
            if generic_site {
                return Plan::Generic;
            }
            if let Some(slot) = module_attr(st.top(1), facts, arg) {
                return Plan::LoadMethodModule(slot);
            }
            match facts.name(arg) {
                // The seed's method is alive only while a type still has the seed's version
                // (its namespace holds the method): a class changed since the interpreter
                // specialised the site leaves a dangling address.
                Some(n)
                    if i.op == Op::LOAD_METHOD_CACHED
                        && typeobj::is_live_version(facts.cache(i.pc, 0)) =>
                {
                    let (lo, hi) = (facts.cache(i.pc, 1) as u64, facts.cache(i.pc, 2) as u64);
                    Plan::LoadMethodPoly {
                        seed: (facts.cache(i.pc, 0), (hi << 32 | lo) as usize),
                        name: n.as_ptr() as usize,
                    }
                }
                _ => Plan::Generic,
            }
        }
        Op::BUILD_SLICE if facts.fused_slices.contains_key(&i.next) => Plan::SliceLater,
        Op::BINARY_SUBSCR | Op::STORE_SUBSCR if facts.fused_slices.contains_key(&i.pc) => {
            Plan::SubscrSlice {
                n: facts.fused_slices[&i.pc],
                store: i.op.base() == Op::STORE_SUBSCR,
            }
        }
        Op::BINARY_SUBSCR
            if !generic_site
                && int_index(
                    st.top(1).kind,
                    i.op,
                    &[Op::BINARY_SUBSCR_LIST_INT, Op::BINARY_SUBSCR_TUPLE_INT],
                )
                && st.top(2).kind == Kind::Boxed =>
        {
            Plan::SubscrSeq
        }
        Op::STORE_SUBSCR
            if !generic_site
                && int_index(st.top(1).kind, i.op, &[Op::STORE_SUBSCR_LIST_INT])
                && st.top(2).kind == Kind::Boxed =>
        {
            Plan::StoreSubscrList
        }
        Op::UNPACK_SEQUENCE
            if !generic_site
                && st.top(1).kind == Kind::Boxed
                && (1..=MAX_UNPACK).contains(&arg) =>
        {
            Plan::UnpackSeq(arg as usize)
        }
        Op::CALL => {
            if generic_site {
                return Plan::CallGeneric {
                    argc: arg as usize,
                    kwnames: st.kwnames,
                };
            }
            call_plan(st, arg as usize, facts)
        }
        Op::RETURN_VALUE => Plan::Return,
        Op::RERAISE => Plan::Exit("re-raise"),
        Op::RAISE_VARARGS if arg == 0 => Plan::Exit("bare raise"),
        Op::YIELD_VALUE => Plan::Yield,
        Op::SEND => Plan::Send,
        Op::RETURN_GENERATOR => Plan::Decline(format!("generator instruction {}", i.op.name())),
        Op::LOAD_LOCALS => Plan::Decline("LOAD_LOCALS".into()),
        op => {
            if generic_io(op, arg).is_some() {
                Plan::Generic
            } else {
                Plan::Decline(format!("no translation for {}", i.op.name()))
            }
        }
    }
}

/// The module attribute `co_names[arg]` of `module`, if it is a known module object.
fn module_attr(module: Abs, facts: &Facts, arg: u32) -> Option<DictSlot> {
    let known = module.known?;
    // SAFETY: known addresses are live objects.
    let o = unsafe { &*(known.addr() as *const Obj) };
    let d = feedback::module_dict(o)?;
    feedback::lookup_str(&d, &facts.name(arg)?)
}

/// Applies the effect of `plan` for instruction `i` (taking edge `jump` for the last
/// instruction of a block).
pub fn apply(st: &mut AbsState, i: &Instr, plan: &Plan, facts: &Facts, jump: bool) {
    let kw = st.kwnames.take();
    match plan {
        Plan::Nop
        | Plan::Jump
        | Plan::JumpBack
        | Plan::Return
        | Plan::Exit(_)
        | Plan::Decline(_) => {
            if matches!(plan, Plan::Nop) {
                st.kwnames = kw;
            }
            if matches!(plan, Plan::Return) {
                st.pop();
            }
        }
        Plan::KwNames(k) => st.kwnames = Some(*k),
        Plan::SliceLater => {}
        Plan::SubscrSlice { n, store } => {
            for _ in 0..*n as usize + 1 + *store as usize {
                st.pop();
            }
            if !store {
                st.push(Kind::Boxed);
            }
        }
        Plan::LoadFast { slot, .. } => {
            let l = &mut st.locals[*slot as usize];
            l.bound = true;
            st.stack.push(Abs {
                kind: l.kind,
                known: None,
                origin: Some(*slot),
                int_hint: false,
            });
        }
        Plan::LoadClosure(_) => st.push(Kind::Boxed),
        Plan::StoreFast(slot) => {
            let v = st.pop();
            st.unorigin(*slot);
            st.locals[*slot as usize] = LocalKind {
                kind: boundary_kind(v.kind),
                bound: true,
            };
        }
        Plan::DeleteFast { slot, .. } => {
            st.unorigin(*slot);
            st.locals[*slot as usize] = LocalKind {
                kind: Kind::Boxed,
                bound: false,
            };
        }
        Plan::LoadConst(k) => {
            let a = facts
                .cd
                .consts
                .get(*k as usize)
                .map(const_kind)
                .unwrap_or(Abs::of(Kind::Boxed));
            st.stack.push(a);
        }
        Plan::Copy(n) => {
            let mut a = st.top(*n);
            a.origin = None;
            st.stack.push(a);
        }
        Plan::Swap(n) => {
            let len = st.stack.len();
            st.stack.swap(len - 1, len - n);
        }
        Plan::PopTop => {
            st.pop();
        }
        Plan::PushNull => st.push(Kind::Null),
        Plan::Yield => {
            // The yielded value goes out; the sent one (anything) comes in.
            st.pop();
            st.push(Kind::Boxed);
        }
        Plan::IntBin(_) => {
            let b = st.pop();
            let a = st.pop();
            st.refine(a, Kind::Int);
            st.refine(b, Kind::Int);
            st.push(Kind::Int);
        }
        Plan::IntTrueDiv => {
            let b = st.pop();
            let a = st.pop();
            st.refine(a, Kind::Int);
            st.refine(b, Kind::Int);
            st.push(Kind::Float);
        }
        Plan::FloatBin(_) => {
            st.pop();
            st.pop();
            st.push(Kind::Float);
        }
        Plan::IntNeg | Plan::FloatNeg => {
            let a = st.pop();
            st.push(a.kind);
        }
        Plan::Not => {
            st.pop();
            st.push(Kind::Bool);
        }
        Plan::IntCmp(_) | Plan::FloatCmp(_) => {
            let k = if matches!(plan, Plan::IntCmp(_)) {
                Kind::Int
            } else {
                Kind::Float
            };
            let b = st.pop();
            let a = st.pop();
            st.refine(a, k);
            st.refine(b, k);
            st.push(Kind::Bool);
        }
        Plan::IsOp(_) => {
            st.pop();
            st.pop();
            st.push(Kind::Bool);
        }
        Plan::PopJump(_) | Plan::PopJumpNone(_) => {
            st.pop();
        }
        Plan::JumpOrPop(_) => {
            if !jump {
                st.pop();
            }
        }
        Plan::ForIterRange | Plan::ForIterList | Plan::ForIterGeneric => {
            if jump {
                st.pop();
            } else {
                st.push(if matches!(plan, Plan::ForIterRange) {
                    Kind::Int
                } else {
                    Kind::Boxed
                });
            }
        }
        Plan::GetIterRange => {
            st.pop();
            st.push(Kind::RangeIter);
        }
        Plan::GetIterList => {
            st.pop();
            st.push(Kind::ListIter);
        }
        Plan::LoadGlobal { slot, null } => {
            if *null {
                st.push(Kind::Null);
            }
            st.stack.push(Abs {
                kind: Kind::Boxed,
                known: slot.obj.map(Known::Likely),
                origin: None,
                int_hint: slot.is_int,
            });
        }
        Plan::LoadAttrPoly { .. } => {
            st.pop();
            st.push(Kind::Boxed);
        }
        Plan::LoadAttrModule(slot) => {
            st.pop();
            st.stack.push(Abs {
                kind: Kind::Boxed,
                known: slot.obj.map(Known::Likely),
                origin: None,
                int_hint: slot.is_int,
            });
        }
        Plan::StoreAttrPoly { .. } => {
            st.pop();
            st.pop();
        }
        Plan::LoadMethodPoly { seed, .. } => {
            // The generic path may leave (NULL, attribute) instead of (method, receiver).
            st.pop();
            st.stack.push(Abs {
                kind: Kind::Boxed,
                known: Some(Known::Likely(seed.1)),
                origin: None,
                int_hint: false,
            });
            st.push(Kind::Boxed);
        }
        Plan::LoadMethodModule(slot) => {
            st.pop();
            st.push(Kind::Null);
            st.stack.push(Abs {
                kind: Kind::Boxed,
                known: slot.obj.map(Known::Likely),
                origin: None,
                int_hint: false,
            });
        }
        Plan::SubscrSeq => {
            let k = st.pop();
            st.refine(k, Kind::Int);
            st.pop();
            st.push(Kind::Boxed);
        }
        Plan::StoreSubscrList => {
            let k = st.pop();
            st.refine(k, Kind::Int);
            st.pop();
            st.pop();
        }
        Plan::UnpackSeq(n) => {
            st.pop();
            for _ in 0..*n {
                st.push(Kind::Boxed);
            }
        }
        Plan::CallIntrinsic { intr, argc, .. } => {
            let args: Vec<Abs> = (0..*argc).map(|k| st.top(argc - k)).collect();
            let r = intrinsic_result(*intr, &args);
            if *intr == Intrinsic::Range {
                for a in &args {
                    st.refine(*a, Kind::Int);
                }
            }
            for _ in 0..argc + 2 {
                st.pop();
            }
            st.push(r);
        }
        Plan::BinDunder { .. } => {
            st.pop();
            st.pop();
            st.push(Kind::Boxed);
        }
        Plan::CallDirect { argc, .. }
        | Plan::CallInit { argc, .. }
        | Plan::CallNative { argc, .. }
        | Plan::CallGeneric { argc, .. } => {
            for _ in 0..argc + 2 {
                st.pop();
            }
            st.push(Kind::Boxed);
        }
        Plan::Generic | Plan::Send => {
            let (pops, pushes) = pops_pushes(i.op, i.arg, jump);
            for _ in 0..pops {
                st.pop();
            }
            for _ in 0..pushes {
                st.push(Kind::Boxed);
            }
            match i.op.base() {
                Op::MAKE_CELL => {
                    st.locals[i.arg as usize] = LocalKind {
                        kind: Kind::Boxed,
                        bound: true,
                    }
                }
                Op::COPY_FREE_VARS => {
                    let n = st.locals.len();
                    for l in &mut st.locals[n - i.arg as usize..] {
                        *l = LocalKind {
                            kind: Kind::Boxed,
                            bound: true,
                        };
                    }
                }
                _ => {}
            }
        }
    }
}

/// Plans and applies a non-terminal instruction; `None` if control cannot continue.
pub fn step(st: &mut AbsState, i: &Instr, facts: &Facts) -> Option<()> {
    let p = plan(st, i, facts);
    if matches!(p, Plan::Exit(_) | Plan::Decline(_) | Plan::Return) {
        return None;
    }
    apply(st, i, &p, facts, false);
    Some(())
}

/// Plans and applies the last instruction of a block along one of its edges.
pub fn step_edge(st: &mut AbsState, i: &Instr, facts: &Facts, jump: bool) -> Option<()> {
    let p = plan(st, i, facts);
    if matches!(p, Plan::Exit(_) | Plan::Decline(_) | Plan::Return) {
        return None;
    }
    apply(st, i, &p, facts, jump);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_pushes_match_stack_effects() {
        for &op in Op::ALL {
            for arg in [0u32, 1, 2, 3, 0x0102] {
                for jump in [false, true] {
                    let (p, q) = pops_pushes(op, arg, jump);
                    let effect = match op.base() {
                        Op::MAKE_CELL | Op::COPY_FREE_VARS | Op::DELETE_DEREF => 0,
                        _ => op.stack_effect(arg, jump),
                    };
                    assert_eq!(q as i32 - p as i32, effect, "{} {arg} {jump}", op.name());
                }
            }
        }
    }
}
