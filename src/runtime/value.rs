//! `Value`: every Python value, 16 bytes. Immediates (None, bool, int that fits in i64, float)
//! need no allocation; everything else is an `Rc` to one of the object structs below.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use compact_str::CompactString;
use num_bigint::BigInt;

use super::dict::Table;
use super::errors::ExcKind;
use super::namespace::Globals;
use crate::bytecode::Code;

/// Two words: a tag word and one payload word. `repr(C, u64)` gives the tag a whole word, and
/// every payload is an 8-byte integer or pointer (floats and bools are held as words: `F64`,
/// `PyBool`), so the compiler treats a `Value` as a pair of registers: values are passed,
/// returned and pushed in registers. With a byte tag and `f64`/`bool` payloads it moved values
/// through memory in 16-byte and unaligned pieces that missed store-to-load forwarding and
/// stalled the dispatch loop: the two changes made the reference workloads 30-50% faster.
/// `Option<Value>` still uses the tag's spare values (16 bytes). Build floats and bools with
/// `Value::Float(f)` and `Value::Bool(b)`; match `Value::PyFloat(f)`/`Value::PyBool(b)` and
/// read them with `.get()`.
#[repr(C, u64)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    /// Read with `.get()`; built with `Value::Bool(b)`.
    PyBool(PyBool),
    Int(i64),
    /// Read with `.get()`; built with `Value::Float(f)`.
    PyFloat(F64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iterator(Rc<PyIter>),
    Generator(Rc<Generator>),
    /// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
    DictView(Rc<DictView>),
    /// Internal: a code object with its constants turned into values (operand of MakeFunction).
    Code(Rc<CodeValue>),
    /// Internal: a closure cell (pushed by LoadClosure).
    Cell(Rc<PyCell>),
    /// Internal: an unbound local slot (CPython's NULL); never visible to Python code.
    Null,
    /// Internal: host data carried by a native function's `bound` slot (the embedding API's
    /// host functions); never visible to Python code.
    Host(Rc<HostCell>),
}

impl Value {
    /// Drops the value, with no call for the variants that own nothing and an inline
    /// reference count for instances (the common overwritten values); the rest take the
    /// destructor.
    #[inline(always)]
    pub fn discard(self) {
        match self {
            Value::Instance(inst) => drop(inst),
            v if v.owns_nothing() => std::mem::forget(v),
            v => drop(v),
        }
    }

    /// True for the variants without a heap reference, whose drop is a no-op.
    #[inline(always)]
    pub fn owns_nothing(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::PyBool(_)
                | Value::Int(_)
                | Value::PyFloat(_)
                | Value::Null
        )
    }
}

/// Opaque data the embedding layer attaches to a native function (see `Value::Host`).
pub struct HostCell(pub Box<dyn std::any::Any>);

const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

/// Written out (not derived) so that it inlines into the dispatch loop: cloning a local or a
/// constant is the most frequent operation the VM performs.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::None => Value::None,
            Value::PyBool(b) => Value::Bool(b.get()),
            Value::PyFloat(f) => Value::Float(f.get()),
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Null => Value::Null,
            Value::BigInt(x) => Value::BigInt(Rc::clone(x)),
            Value::Str(x) => Value::Str(Rc::clone(x)),
            Value::Bytes(x) => Value::Bytes(Rc::clone(x)),
            Value::List(x) => Value::List(Rc::clone(x)),
            Value::Tuple(x) => Value::Tuple(Rc::clone(x)),
            Value::Dict(x) => Value::Dict(Rc::clone(x)),
            Value::Set(x) => Value::Set(Rc::clone(x)),
            Value::FrozenSet(x) => Value::FrozenSet(Rc::clone(x)),
            Value::Range(x) => Value::Range(Rc::clone(x)),
            Value::Slice(x) => Value::Slice(Rc::clone(x)),
            Value::Function(x) => Value::Function(Rc::clone(x)),
            Value::Builtin(x) => Value::Builtin(Rc::clone(x)),
            Value::BoundMethod(x) => Value::BoundMethod(Rc::clone(x)),
            Value::Class(x) => Value::Class(Rc::clone(x)),
            Value::Instance(x) => Value::Instance(Rc::clone(x)),
            Value::Module(x) => Value::Module(Rc::clone(x)),
            Value::Iterator(x) => Value::Iterator(Rc::clone(x)),
            Value::Generator(x) => Value::Generator(Rc::clone(x)),
            Value::DictView(x) => Value::DictView(Rc::clone(x)),
            Value::Code(x) => Value::Code(Rc::clone(x)),
            Value::Cell(x) => Value::Cell(Rc::clone(x)),
            Value::Host(x) => Value::Host(Rc::clone(x)),
        }
    }
}

#[allow(non_snake_case)]
impl Value {
    /// A bool value (the variant is `PyBool`, a word: see `Value`).
    #[inline(always)]
    pub fn Bool(b: bool) -> Value {
        Value::PyBool(PyBool::from(b))
    }

    /// A float value (the variant is `PyFloat`, the bits as a word: see `Value`).
    #[inline(always)]
    pub fn Float(f: f64) -> Value {
        Value::PyFloat(F64::from(f))
    }

    /// The decimal str of an int (ASCII, so no character scan).
    pub fn int_str(i: i64) -> Value {
        let mut buf = itoa::Buffer::new();
        let s = buf.format(i);
        Value::Str(Rc::new(PyStr::with_char_count(s.into(), s.len())))
    }

    pub fn str(s: impl Into<CompactString>) -> Value {
        Value::Str(Rc::new(PyStr::new(s.into())))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        crate::vm::limits::note_alloc(items.len() * 16);
        Value::Tuple(super::gc::new(PyTuple(items.into_boxed_slice())))
    }

    pub fn list(items: Vec<Value>) -> Value {
        crate::vm::limits::note_alloc(items.capacity() * 16);
        Value::List(super::gc::new(PyList(RefCell::new(items))))
    }

    pub fn bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(v) => Value::Int(v),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (PyBool(a), PyBool(b)) => a.get() == b.get(),
            // Small ints and floats have no identity of their own in krait; equal immediates
            // are the same object (CPython caches small ints; this is a documented divergence).
            (Int(a), Int(b)) => a == b,
            (PyFloat(a), PyFloat(b)) => a.get().to_bits() == b.get().to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.0.is_empty() && b.0.is_empty()),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Iterator(a), Iterator(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (DictView(a), DictView(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Host(a), Host(b)) => Rc::ptr_eq(a, b),
            (Null, Null) => true,
            _ => false,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(&s.s),
            _ => None,
        }
    }
}

/// An immutable str. The character count and hash are computed once.
pub struct PyStr {
    /// Inline up to 24 bytes: most strings a snippet builds need no allocation besides the Rc.
    pub s: CompactString,
    nchars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(s: impl Into<CompactString>) -> PyStr {
        let s = s.into();
        crate::vm::limits::note_alloc(s.len());
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(None),
        }
    }

    /// A str whose character count the caller already knows (no scan).
    pub fn with_char_count(s: CompactString, nchars: usize) -> PyStr {
        crate::vm::limits::note_alloc(s.len());
        PyStr {
            s,
            nchars,
            hash: Cell::new(None),
        }
    }

    /// `x + y`, without rescanning either part for its character count.
    pub fn concat(x: &PyStr, y: &PyStr) -> PyStr {
        let mut s = CompactString::with_capacity(x.s.len() + y.s.len());
        s.push_str(&x.s);
        s.push_str(&y.s);
        PyStr::with_char_count(s, x.nchars + y.nchars)
    }

    /// Appends `y` to a str nobody else can see (the caller holds the only reference): the
    /// `tmp + y` of an expression builds one string instead of two.
    pub fn append(&mut self, y: &PyStr) {
        crate::vm::limits::note_alloc(y.s.len());
        self.s.push_str(&y.s);
        self.nchars += y.nchars;
        self.hash.set(None);
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn char_len(&self) -> usize {
        self.nchars
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// Deterministic from run to run (CPython randomises str hashes; krait must not).
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(Some(h));
        h
    }
}

/// FNV-1a over the bytes, folded away from -1 (CPython's error marker).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub struct PyBytes(pub Box<[u8]>);

pub struct PyList(pub RefCell<Vec<Value>>);

pub struct PyTuple(pub Box<[Value]>);

pub struct PyDict(pub RefCell<Table>);

pub struct PySet(pub RefCell<Table>);

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A code object ready to become functions: its constants already turned into values.
pub struct CodeValue {
    pub code: Arc<Code>,
    pub consts: Rc<[Value]>,
    /// `code.names` as str objects: their hashes are computed once, and dict keys stored
    /// through them are the same object, so later lookups compare pointers.
    pub names: Rc<[Rc<PyStr>]>,
    /// One lookup cache per name, used by LoadGlobal and module-level LoadName.
    pub global_cache: Box<[super::namespace::GlobalCache]>,
    /// One native-method cache per name, used by LoadMethod on built-in values.
    pub method_cache: Box<[MethodCache]>,
    /// One class-chain cache per name, used by attribute instructions on instances.
    pub attr_cache: Box<[super::attrcache::AttrCache]>,
    /// The argument count when a positional call can bind by position alone (no defaults
    /// needed, no `*args`/`**kwargs`/keyword-only/cells, not a generator); `u32::MAX` otherwise.
    pub fast_argc: u32,
}

/// The native method LoadMethod found for one name on one built-in type, so the next
/// `s.startswith(...)` at the same site skips the lookup by name.
#[derive(Default)]
pub struct MethodCache(RefCell<Option<(u8, Rc<Builtin>)>>);

impl MethodCache {
    /// Which built-in types' methods are cached (their methods cannot change).
    fn type_key(v: &Value) -> Option<u8> {
        Some(match v {
            Value::Str(_) => 1,
            Value::List(_) => 2,
            Value::Dict(_) => 3,
            Value::Tuple(_) => 4,
            Value::Set(_) => 5,
            Value::Bytes(_) => 6,
            _ => return None,
        })
    }

    #[inline]
    pub fn get(&self, obj: &Value) -> Option<Value> {
        let key = Self::type_key(obj)?;
        let slot = self.0.try_borrow().ok()?;
        match &*slot {
            Some((k, b)) if *k == key => Some(Value::Builtin(b.clone())),
            _ => None,
        }
    }

    pub fn set(&self, obj: &Value, b: &Rc<Builtin>) {
        if let (Some(key), Ok(mut slot)) = (Self::type_key(obj), self.0.try_borrow_mut()) {
            *slot = Some((key, b.clone()));
        }
    }
}

/// A frame's cells (its own cell variables, then the closure's): shared, so a call to a
/// closure without cell variables of its own takes its function's cells by refcount.
pub type Cells = Rc<[Rc<PyCell>]>;

pub struct PyCell(pub RefCell<Option<Value>>);

pub struct Function {
    pub code: Rc<CodeValue>,
    pub globals: Rc<Globals>,
    pub defaults: Box<[Value]>,
    pub kwdefaults: Option<Value>,
    pub closure: Cells,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub doc: RefCell<Value>,
    /// Attributes set by the program (`f.calls = 0`).
    pub dict: RefCell<Option<Rc<PyDict>>>,
}

impl Function {
    /// The function a module-level run executes as: the code, its globals, nothing else.
    pub fn for_module(code: &Rc<CodeValue>, globals: &Rc<Globals>, no_cells: &Cells) -> Function {
        let name = crate::runtime::names::name("<module>");
        Function {
            code: code.clone(),
            globals: globals.clone(),
            defaults: Box::new([]),
            kwdefaults: None,
            closure: no_cells.clone(),
            name: RefCell::new(name.clone()),
            qualname: RefCell::new(name),
            doc: RefCell::new(Value::None),
            dict: RefCell::new(None),
        }
    }
}

/// A native function. `bound` is the receiver for methods of built-in types (`"a".upper`).
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub bound: Option<Value>,
    /// The class the method belongs to, for error messages ("descriptor 'x' of 'str'").
    pub owner: Option<&'static str>,
}

/// Positional and keyword arguments as a native function receives them.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<PyStr>, Value)],
}

pub type NativeFn =
    fn(&mut crate::vm::Vm, &Option<Value>, Args) -> Result<Value, crate::vm::Unwind>;

pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

/// Built-in types, as `type(x)` sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeTag {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Iterator,
    Generator,
    Code,
    Cell,
    Exception(ExcKind),
}

pub struct Class {
    /// `__name__` and `__qualname__`: assignable on sandbox classes (`C.__name__ = 'X'`).
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: Vec<Rc<Class>>,
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: Rc<PyDict>,
    /// For built-in types: which one (user classes inherit their nearest built-in base's tag).
    pub tag: TypeTag,
    pub builtin: bool,
    /// A user `__getattribute__` is defined by the class or a base (every attribute access
    /// must go through it). Set at creation and when assigned to the class itself; read it
    /// through `uses_getattribute`, which also sees one assigned to a base later.
    pub getattribute: Cell<bool>,
    /// The metaclass when it is a user subclass of `type` (`None`: `type` itself). Fixed at
    /// creation; the metaclass always exists before the classes it makes.
    pub meta: Option<Rc<Class>>,
}

thread_local! {
    /// Some class got `__getattribute__` after it was created: its subclasses' flags may be
    /// stale, so `uses_getattribute` must look along the MRO.
    static LATE_GETATTRIBUTE: Cell<bool> = const { Cell::new(false) };
}

impl Class {
    /// Whether attribute reads on instances must go through a user `__getattribute__`.
    #[inline]
    pub fn uses_getattribute(&self) -> bool {
        self.getattribute.get()
            || (LATE_GETATTRIBUTE.with(Cell::get)
                && self
                    .mro
                    .try_borrow()
                    .map_or(true, |mro| mro.iter().any(|c| c.getattribute.get())))
    }

    /// Records `__getattribute__` assigned to this existing class.
    pub fn set_getattribute_late(&self) {
        self.getattribute.set(true);
        LATE_GETATTRIBUTE.with(|late| late.set(true));
    }
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: Rc<PyDict>,
    /// State of exception instances.
    pub exc: Option<RefCell<ExcState>>,
    /// Instances of user subclasses of value types (`class Stack(list)`): the built-in value
    /// they extend, created by the built-in `__new__` (see `vm::subclass`).
    pub inner: Option<Value>,
}

/// What an exception object carries besides its attributes.
#[derive(Default)]
pub struct ExcState {
    pub args: Vec<Value>,
    pub traceback: Vec<TracebackEntry>,
    /// The traceback objects `__traceback__` handed out, one per entry of `traceback` (in
    /// the same order), so each read returns the same objects.
    pub tb_objects: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Arc<Code>,
    pub pc: u32,
}

impl TracebackEntry {
    /// The source span of the instruction the frame was executing.
    pub fn location(&self) -> crate::bytecode::Location {
        self.code
            .locations
            .get(self.pc as usize)
            .copied()
            .unwrap_or_default()
    }
}

pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

/// Iterators over built-in containers and the lazy builtins (map, zip, ...).
pub struct PyIter(pub RefCell<IterState>);

pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    DictKeys {
        dict: Rc<PyDict>,
        slot: usize,
        version: u64,
        kind: DictIterKind,
    },
    Set {
        set: Rc<PySet>,
        slot: usize,
        version: u64,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Old-style iteration through `__getitem__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
    /// Not an iteration kind: a `mappingproxy` (a class's `__dict__`), a read-only view of the
    /// whole dict. It iterates over keys.
    Proxy,
}

pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: DictIterKind,
}

/// A generator: its suspended frame while not running.
pub struct Generator {
    pub state: RefCell<GenState>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
}

pub enum GenState {
    /// Not started or suspended at a yield.
    Suspended(Box<crate::vm::frame::Frame>),
    Running,
    Finished,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict(RefCell::new(Table::new()))
    }

    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A snapshot of the entries, for walks that may run Python code (which could mutate).
    pub fn items(&self) -> Vec<(Value, Value)> {
        let t = self.0.borrow();
        t.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// Lookup by str key (no Python code can run: str equality is native).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let hash = hash_bytes(key.as_bytes());
        let t = self.0.borrow();
        let probe = t.probe(&Value::Null, hash, |k, _| Some(k.as_str() == Some(key)));
        match probe {
            super::dict::Probe::Found(i) => t.entry(i).map(|e| e.value.clone()),
            _ => None,
        }
    }

    /// Lookup by a name object (hash cached, pointer comparison first).
    #[inline]
    pub fn get_name(&self, key: &Rc<PyStr>) -> Option<Value> {
        let t = self.0.borrow();
        let i = t.find_str(key, key.hash())?;
        t.entry(i).map(|e| e.value.clone())
    }

    /// `get_name` trying slot `hint` first: instances of one class usually store their
    /// attributes in the same order, so a per-site hint skips the hash probe. Names are shared
    /// per thread (`runtime::names`), so the key matches by pointer.
    #[inline(always)]
    pub fn get_name_hinted(&self, key: &Rc<PyStr>, hint: &Cell<u32>) -> Option<Value> {
        let t = self.0.borrow();
        if let Some(e) = t.entry(hint.get() as usize) {
            if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)) {
                return Some(e.value.clone());
            }
        }
        let i = t.find_str(key, key.hash())?;
        hint.set(u32::try_from(i).unwrap_or(u32::MAX));
        let e = t.entry(i)?;
        Some(e.value.clone())
    }

    /// The value at `slot` if that entry's key is the name `key` (by pointer): nothing else.
    #[inline(always)]
    pub fn get_at_slot(&self, slot: usize, key: &Rc<PyStr>) -> Option<Value> {
        let t = self.0.try_borrow().ok()?;
        let e = t.entry(slot)?;
        match &e.key {
            Value::Str(k) if Rc::ptr_eq(k, key) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// Overwrites the value at `slot` if that entry's key is the name `key` (by pointer);
    /// gives `value` back otherwise.
    #[inline(always)]
    pub fn set_at_slot(&self, slot: usize, key: &Rc<PyStr>, value: Value) -> Result<(), Value> {
        let Ok(mut t) = self.0.try_borrow_mut() else {
            return Err(value);
        };
        match t.entry_mut(slot) {
            Some(e) if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)) => {
                let old = std::mem::replace(&mut e.value, value);
                // The old value drops after the borrow ends (its destructor may re-enter).
                drop(t);
                old.discard();
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// `set_name` trying slot `hint` first (see `get_name_hinted`).
    #[inline(always)]
    pub fn set_name_hinted(&self, key: &Rc<PyStr>, value: Value, hint: &Cell<u32>) {
        let mut t = self.0.borrow_mut();
        if let Some(e) = t.entry_mut(hint.get() as usize) {
            if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)) {
                // The old value drops after the borrow ends (its destructor may re-enter).
                let old = std::mem::replace(&mut e.value, value);
                drop(t);
                old.discard();
                return;
            }
        }
        let hash = key.hash();
        let i = match t.find_str(key, hash) {
            Some(i) => i,
            None => {
                t.insert_new(hash, Value::Str(key.clone()), value);
                if let Some(i) = t.find_str(key, hash) {
                    hint.set(u32::try_from(i).unwrap_or(u32::MAX));
                }
                return;
            }
        };
        hint.set(u32::try_from(i).unwrap_or(u32::MAX));
        if let Some(e) = t.entry_mut(i) {
            let old = std::mem::replace(&mut e.value, value);
            drop(t);
            old.discard();
        }
    }

    /// True if the dict has the name as a key.
    #[inline(always)]
    pub fn contains_name(&self, key: &Rc<PyStr>) -> bool {
        let t = self.0.borrow();
        let hash = key.hash();
        t.may_contain(hash) && t.find_str(key, hash).is_some()
    }

    /// Like `get_name`, also giving the entry's slot (for `namespace::GlobalCache`).
    pub fn find_name(&self, key: &Rc<PyStr>) -> Option<(usize, Value)> {
        let t = self.0.try_borrow().ok()?;
        let i = t.find_str(key, key.hash())?;
        t.entry(i).map(|e| (i, e.value.clone()))
    }

    /// Stores under a name object (which becomes the key if the name is new).
    #[inline]
    pub fn set_name(&self, key: &Rc<PyStr>, value: Value) {
        let hash = key.hash();
        let mut t = self.0.borrow_mut();
        match t.find_str(key, hash) {
            Some(i) => {
                if let Some(e) = t.entry_mut(i) {
                    // The old value drops after the borrow ends: its destructor may not
                    // re-enter this dict while it is held.
                    let old = std::mem::replace(&mut e.value, value);
                    drop(t);
                    old.discard();
                }
            }
            None => t.insert_new(hash, Value::Str(key.clone()), value),
        }
    }

    /// Stores under a str key.
    pub fn set_str(&self, key: &str, value: Value) {
        let hash = hash_bytes(key.as_bytes());
        let mut t = self.0.borrow_mut();
        let probe = t.probe(&Value::Null, hash, |k, _| Some(k.as_str() == Some(key)));
        match probe {
            super::dict::Probe::Found(i) => {
                if let Some(e) = t.entry_mut(i) {
                    e.value = value;
                }
            }
            _ => t.insert_new(hash, Value::str(key), value),
        }
    }

    pub fn del_str(&self, key: &str) -> bool {
        let hash = hash_bytes(key.as_bytes());
        let mut t = self.0.borrow_mut();
        let probe = t.probe(&Value::Null, hash, |k, _| Some(k.as_str() == Some(key)));
        match probe {
            super::dict::Probe::Found(i) => t.remove_at(i).is_some(),
            _ => false,
        }
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet(RefCell::new(Table::new()))
    }
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

// Containers drop their contents through a worklist instead of recursively, so dropping a
// million-deep nested list cannot overflow the native stack.

thread_local! {
    static DROP_PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static DROP_DRAINING: Cell<bool> = const { Cell::new(false) };
}

fn drop_later(items: impl IntoIterator<Item = Value>) {
    let queued = DROP_PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.extend(items.into_iter().filter(|v| {
                matches!(
                    v,
                    Value::List(_)
                        | Value::Tuple(_)
                        | Value::Dict(_)
                        | Value::Set(_)
                        | Value::FrozenSet(_)
                        | Value::Instance(_)
                )
            }));
        }
    });
    if queued.is_err() || DROP_DRAINING.with(Cell::get) {
        return;
    }
    DROP_DRAINING.with(|d| d.set(true));
    loop {
        let next = DROP_PENDING.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()));
        match next {
            Some(v) => drop(v),
            None => break,
        }
    }
    DROP_DRAINING.with(|d| d.set(false));
}

impl Drop for PyList {
    fn drop(&mut self) {
        drop_later(std::mem::take(self.0.get_mut()));
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        drop_later(std::mem::take(&mut self.0).into_vec());
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let table = std::mem::take(self.0.get_mut());
        drop_later(table.into_values());
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        let table = std::mem::take(self.0.get_mut());
        drop_later(table.into_values());
    }
}

/// A float's bits, so that every payload of `Value` is one 8-byte integer or pointer and the
/// compiler moves and returns values as a pair of registers (see `Value`). Deliberately no
/// `PartialEq`: compare with `get()` (bit equality is not float equality).
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl From<f64> for F64 {
    #[inline(always)]
    fn from(f: f64) -> F64 {
        F64(f.to_bits())
    }
}

/// A bool as a word, for the same reason as `F64`.
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct PyBool(u64);

impl PyBool {
    #[inline(always)]
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

impl From<bool> for PyBool {
    #[inline(always)]
    fn from(b: bool) -> PyBool {
        PyBool(u64::from(b))
    }
}
