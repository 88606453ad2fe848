//! THE instruction set. One table declares every instruction with its operands and a one-line
//! effect (`stack before -- stack after`); the enum, `name()` and the operand printer are
//! generated from it, and `stack_effect` below matches every variant (no `_` arm), so a new
//! row does not compile until the VM, the disassembler and the stack-depth pass handle it.

/// Binary operators, shared by `BinaryOp` and `InplaceOp` (the in-place form tries `__iop__`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// `!s`, `!r`, `!a` conversions of an f-string field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conv {
    None,
    Str,
    Repr,
    Ascii,
}

macro_rules! instructions {
    ($( $(#[doc = $doc:literal])+ $name:ident $( ( $($field:ident : $ty:ty),+ ) )? ; )*) => {
        /// One VM instruction; operands are inline and the whole is 8 bytes.
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Instr {
            $( $(#[doc = $doc])+ $name $( ( $($ty),+ ) )?, )*
        }

        impl Instr {
            /// Every instruction name, in table order.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            pub fn name(&self) -> &'static str {
                match self {
                    $( Instr::$name { .. } => stringify!($name), )*
                }
            }

            /// The raw operands, for the disassembler.
            pub fn operands(&self) -> Vec<String> {
                #[allow(unused_variables, non_snake_case)]
                match *self {
                    $( Instr::$name $( ( $($field),+ ) )? => vec![ $( $( format!("{:?}", $field) ),+ )? ], )*
                }
            }
        }
    };
}

instructions! {
    /// `-- value`: push constant `k`.
    LoadConst(k: u32);
    /// `-- value`: push local slot `s` (UnboundLocalError if unset).
    LoadFast(s: u32);
    /// `value --`: store into local slot `s`.
    StoreFast(s: u32);
    /// `--`: unbind local slot `s`.
    DeleteFast(s: u32);
    /// `-- value`: push the contents of cell/free slot `s`.
    LoadDeref(s: u32);
    /// `value --`: store into cell/free slot `s`.
    StoreDeref(s: u32);
    /// `--`: empty cell/free slot `s`.
    DeleteDeref(s: u32);
    /// `-- cell`: push the cell object of slot `s` (to build a closure).
    LoadClosure(s: u32);
    /// `-- value`: in a class body, the class namespace first (by the free variable's name),
    /// then free slot `s`.
    LoadClassDeref(s: u32);
    /// `-- value`: name `n` through the global chain (scratch, host layers, builtins).
    LoadGlobal(n: u32);
    /// `value --`: bind name `n` in the scratch layer.
    StoreGlobal(n: u32);
    /// `--`: unbind name `n` from the scratch layer.
    DeleteGlobal(n: u32);
    /// `-- value`: name `n` from the local namespace (class body or module), then the chain.
    LoadName(n: u32);
    /// `value --`: bind name `n` in the local namespace.
    StoreName(n: u32);
    /// `--`: unbind name `n` from the local namespace.
    DeleteName(n: u32);
    /// `obj -- obj.n`
    LoadAttr(n: u32);
    /// `value obj --`: `obj.n = value`.
    StoreAttr(n: u32);
    /// `obj --`: `del obj.n`.
    DeleteAttr(n: u32);
    /// `container key -- container[key]`
    Subscr;
    /// `value container key --`: `container[key] = value`.
    StoreSubscr;
    /// `container key --`: `del container[key]`.
    DeleteSubscr;
    /// `a b -- a op b`
    BinaryOp(op: BinOp);
    /// `a b -- a op= b`
    InplaceOp(op: BinOp);
    /// `a -- a op k`: `LoadConst(k)` fused with the `BinaryOp` after it.
    BinaryOpConst(op: BinOp, k: u32);
    /// `a -- a op= k`: `LoadConst(k)` fused with the `InplaceOp` after it (`n += 1`).
    InplaceOpConst(op: BinOp, k: u32);
    /// `a -- a op k`: `LoadConst(k)` fused with the `CompareOp` after it.
    CompareOpConst(op: CmpOp, k: u32);
    /// `a b --`: `CompareOp` fused with the `PopJumpIfFalse` after it (jump to `t` if false).
    CompareJumpIfFalse(op: CmpOp, t: u32);
    /// `a --`: `CompareOpConst(op, k)` fused with the `PopJumpIfFalse` after it.
    CompareConstJumpIfFalse(op: CmpOp, k: u16, t: u32);
    /// `-- local op k`: `LoadFast(s)` fused with the `BinaryOpConst(op, k)` after it (`n - 1`).
    LoadFastOpConst(op: BinOp, s: u16, k: u16);
    /// `-- local.name`: `LoadFast(s)` fused with the `LoadAttr(n)` after it.
    LoadFastAttr(s: u16, n: u32);
    /// `value --`: `local.name = value`, `LoadFast(s)` fused with the `StoreAttr(n)` after it.
    StoreFastAttr(s: u16, n: u32);
    /// `-- method self` (or `-- NULL bound`): `LoadFast(s)` fused with the `LoadMethod(n)`
    /// after it.
    LoadFastMethod(s: u16, n: u32);
    /// `LoadName(a)` fused with the `LoadMethod(n)` after it.
    LoadNameMethod(a: u16, n: u32);
    /// `-- name.attr`: `LoadName(a)` fused with the `LoadAttr(n)` after it.
    LoadNameAttr(a: u16, n: u32);
    /// `value --`: `name.attr = value`, `LoadName(a)` fused with the `StoreAttr(n)` after it.
    StoreNameAttr(a: u16, n: u32);
    /// `a -- op a`
    UnaryOp(op: UnOp);
    /// `a b -- a op b`
    CompareOp(op: CmpOp);
    /// `a b -- (a is b) != negate`
    IsOp(negate: bool);
    /// `a b -- (a in b) != negate`
    ContainsOp(negate: bool);
    /// `--`: jump to `t`.
    Jump(t: u32);
    /// `cond --`: jump to `t` if falsy.
    PopJumpIfFalse(t: u32);
    /// `cond --`: jump to `t` if truthy.
    PopJumpIfTrue(t: u32);
    /// `cond -- cond?`: if falsy jump to `t` keeping it, else pop it.
    JumpIfFalseOrPop(t: u32);
    /// `cond -- cond?`: if truthy jump to `t` keeping it, else pop it.
    JumpIfTrueOrPop(t: u32);
    /// `iterable -- iterator`
    GetIter;
    /// `iterator -- iterator next`: or pop the iterator and jump to `t` when exhausted.
    ForIter(t: u32);
    /// `a --`
    Pop;
    /// `a -- a a`
    Dup;
    /// `a b -- a b a b`
    DupTwo;
    /// `a b -- b a`
    Rot2;
    /// `a b c -- c a b`
    Rot3;
    /// `x1 .. xn -- [x1 .. xn]`
    BuildList(n: u32);
    /// `x1 .. xn -- (x1 .. xn)`
    BuildTuple(n: u32);
    /// `x1 .. xn -- {x1 .. xn}`
    BuildSet(n: u32);
    /// `k1 v1 .. kn vn -- {k1: v1 ..}`
    BuildMap(n: u32);
    /// `s1 .. sn -- s1 + .. + sn` (f-string pieces, all str)
    BuildString(n: u32);
    /// `lower upper [step] -- slice`
    BuildSlice(n: u32);
    /// `list seq -- list`: `list.extend(seq)` for displays with `*`.
    ListExtend;
    /// `func list seq -- func list`: `*seq` in a call (errors name the callee).
    CallArgsExtend;
    /// `set seq -- set`
    SetUpdate;
    /// `dict mapping -- dict`: `{**m}` (later keys win).
    DictUpdate;
    /// `dict mapping -- dict`: `f(**m)` (duplicate keys are a TypeError).
    DictMerge;
    /// `list -- tuple`
    ListToTuple;
    /// `.. list ... value -- .. list ...`: append to the list `d` slots below (comprehensions).
    ListAppend(d: u32);
    /// `.. set ... value -- .. set ...`
    SetAdd(d: u32);
    /// `.. dict ... key value -- .. dict ...`
    MapAdd(d: u32);
    /// `value [spec] -- str`: format an f-string field (`spec` on the stack if `has_spec`).
    FormatValue(conv: Conv, has_spec: bool);
    /// `seq -- xn .. x1`: unpack exactly `n` items (last item deepest... first on top).
    UnpackSequence(n: u32);
    /// `seq -- ...`: unpack with a starred target: `before` items, a list, `after` items.
    UnpackEx(before: u16, after: u16);
    /// `obj -- callable self_or_null`: look up a method for an immediate call without
    /// building a bound method (`self_or_null` is the internal Null when not a method).
    LoadMethod(n: u32);
    /// `callable self_or_null a1 .. an -- result`
    CallMethod(argc: u32);
    /// `callable a1 .. an -- result`
    Call(argc: u32);
    /// `callable a1 .. an names -- result`: the last `names.len()` arguments are keywords.
    CallKw(argc: u32);
    /// `callable args_tuple [kwargs_dict] -- result`: calls with `*`/`**`.
    CallEx(has_kwargs: bool);
    /// `[defaults] [kwdefaults] [closure] code -- function`: flags say which are present.
    MakeFunction(flags: u8);
    /// `value --`: return from the frame.
    Return;
    /// `--`: return local `s`, `LoadFast(s)` fused with the `Return` after it.
    ReturnFast(s: u32);
    /// `--`: return constant `k`, `LoadConst(k)` fused with the `Return` after it.
    ReturnConst(k: u32);
    /// `[exc [cause]] --`: `raise`, `raise exc`, `raise exc from cause` (argc 0..2).
    Raise(argc: u8);
    /// `exc --`: re-raise `exc` (end of a `finally` or unmatched `except`).
    Reraise;
    /// `exc -- prev_exc exc`: enter a handler; the handled exception becomes current.
    PushExcInfo;
    /// `prev_exc --`: leave a handler, restoring the previous current exception.
    PopExcept;
    /// `exc type -- exc matched`
    CheckExcMatch;
    /// `value -- sent`: suspend the generator.
    Yield;
    /// `iterator value -- iterator result`: delegate (`yield from`); loops back on yield.
    YieldFrom;
    /// `-- module`: import module `n` (allow-listed native modules only).
    ImportName(n: u32);
    /// `module -- module attr`: `from module import n`.
    ImportFrom(n: u32);
    /// `-- builtins.__build_class__`
    LoadBuildClass;
    /// `value --`: print the repr of a non-None value (interactive mode).
    PrintExpr;
    /// `mgr -- exit enter_result`: enter a `with` block.
    BeforeWith;
    /// `exit prev exc -- exit prev exc suppress`: call `exit(type, exc, tb)` for an exception.
    WithExceptStart;
    /// `exc --`: raise AssertionError (with the message on the stack if `has_msg`).
    RaiseAssert(has_msg: bool);
}

impl Instr {
    /// How the instruction changes the stack depth (`jump` = when the branch is taken).
    pub fn stack_effect(&self, jump: bool) -> i32 {
        use Instr::*;
        match *self {
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
            | LoadGlobal(_) | LoadName(_) | LoadBuildClass | Dup => 1,
            StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | Pop | PrintExpr => -1,
            DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | Jump(_) => 0,
            LoadAttr(_) | UnaryOp(_) | GetIter | ListToTuple | Rot2 | Rot3 => 0,
            LoadFastAttr(..) | LoadNameAttr(..) | LoadFastOpConst(..) => 1,
            LoadFastMethod(..) | LoadNameMethod(..) => 2,
            StoreFastAttr(..) | StoreNameAttr(..) => -1,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            Subscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
            BinaryOpConst(..) | InplaceOpConst(..) | CompareOpConst(..) => 0,
            CompareJumpIfFalse(..) => -2,
            CompareConstJumpIfFalse(..) => -1,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            DupTwo => 2,
            BuildList(n) | BuildTuple(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            BuildSlice(n) => 1 - n as i32,
            ListExtend | CallArgsExtend | SetUpdate | DictUpdate | DictMerge => -1,
            ListAppend(_) | SetAdd(_) => -1,
            MapAdd(_) => -2,
            FormatValue(_, has_spec) => -i32::from(has_spec),
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(before, after) => before as i32 + after as i32,
            Call(argc) => -(argc as i32),
            LoadMethod(_) => 1,
            CallMethod(argc) => -(argc as i32) - 1,
            CallKw(argc) => -(argc as i32) - 1,
            CallEx(has_kwargs) => -2 - i32::from(has_kwargs) + 1,
            MakeFunction(flags) => -(flags.count_ones() as i32),
            Return => -1,
            ReturnFast(_) | ReturnConst(_) => 0,
            Raise(argc) => -(argc as i32),
            Reraise => -1,
            PushExcInfo => 1,
            PopExcept => -1,
            CheckExcMatch => 0,
            Yield => 0,
            YieldFrom => -1,
            ImportName(_) => 1,
            ImportFrom(_) => 1,
            BeforeWith => 1,
            WithExceptStart => 1,
            RaiseAssert(has_msg) => -i32::from(has_msg),
        }
    }

    /// The jump target, if this instruction can jump.
    pub fn jump_target(&self) -> Option<u32> {
        use Instr::*;
        match *self {
            Jump(t)
            | PopJumpIfFalse(t)
            | PopJumpIfTrue(t)
            | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t)
            | ForIter(t)
            | CompareJumpIfFalse(_, t)
            | CompareConstJumpIfFalse(_, _, t) => Some(t),
            _ => None,
        }
    }

    /// Sets the jump target (used when labels are resolved).
    pub fn set_jump_target(&mut self, target: u32) {
        use Instr::*;
        match self {
            Jump(t)
            | PopJumpIfFalse(t)
            | PopJumpIfTrue(t)
            | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t)
            | ForIter(t)
            | CompareJumpIfFalse(_, t)
            | CompareConstJumpIfFalse(_, _, t) => *t = target,
            _ => {}
        }
    }

    /// True for instructions after which control never falls through.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            Instr::Jump(_)
                | Instr::Return
                | Instr::ReturnFast(_)
                | Instr::ReturnConst(_)
                | Instr::Raise(_)
                | Instr::Reraise
                | Instr::RaiseAssert(_)
        )
    }
}

const _: () = assert!(std::mem::size_of::<Instr>() <= 8);
