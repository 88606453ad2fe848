//! The cycle collector (DESIGN.md §7). Values are reference counted, which frees everything but
//! reference cycles; this module finds unreachable cycles by trial deletion, as CPython does.
//!
//! Every object that can hold other objects is registered when it is created ([`new`],
//! [`Value::list`], [`Value::tuple`]) in a thread-local registry of `Weak` references. A
//! collection:
//! 1. upgrades the live entries (dead ones are dropped) and gives each object
//!    `gc_refs = strong_count - 1` (the collector's own reference);
//! 2. walks each object's children once, subtracting one from each tracked child's `gc_refs`
//!    (in a full collection, children not registered yet are registered on the way, so a
//!    missed construction site only delays tracking); what is left counts references from outside the tracked graph —
//!    the VM stack, frames, the host;
//! 3. marks everything reachable from objects with `gc_refs > 0` (worklist, no recursion);
//! 4. clears the mutable contents of the rest (taken out of their `RefCell`s and dropped after
//!    every borrow is released), which breaks every cycle among them — an object's immutable
//!    fields only point to objects created before it — so reference counting frees them.
//!
//! Objects holding no trackable object at the time (`[1, 2]`, `{'k': 1}`) are leaves: they
//! cannot be in a cycle, so they skip steps 2-4. An object whose `RefCell` is mutably borrowed
//! cannot be walked: it counts as reachable, and so do its children (their references from it
//! were never subtracted). Collections run only at safe points ([`pending`] is checked by the
//! VM at calls, returns, jumps and the end of `run_module`), never from inside an allocation.
//!
//! Work is amortised over two generations: every [`MIN_THRESHOLD`] registrations, the objects
//! registered since the last collection are examined (references from older objects count as
//! external) and the survivors join the old generation; when the old generation has doubled
//! since the last full collection, a full one follows. Dead registry entries of young objects
//! are dropped every 1,024 registrations, so the memory a `Weak` pins is reused promptly.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::namespace::Globals;
use super::value::{
    BoundMethod, Builtin, Class, DictView, Function, GenState, Generator, Instance, IterState,
    Module, PyCell, PyDict, PyIter, PyList, PySet, PySlice, PyTuple, Value,
};

/// Registrations between young collections.
pub const MIN_THRESHOLD: usize = 700;

thread_local! {
    /// Objects registered since the last collection (the young generation).
    static REGISTRY: RefCell<Vec<Tracked>> = const { RefCell::new(Vec::new()) };
    /// Objects that survived a collection (the old generation).
    static OLD: RefCell<Vec<Tracked>> = const { RefCell::new(Vec::new()) };
    /// Size of the old generation after the last full collection, and promotions since.
    static OLD_BASE: Cell<usize> = const { Cell::new(0) };
    static PROMOTED: Cell<usize> = const { Cell::new(0) };
    static ALWAYS_FULL: Cell<bool> = const { Cell::new(false) };
    static SINCE: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(MIN_THRESHOLD) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// A threshold fixed by the host (0: automatic).
    static FIXED: Cell<usize> = const { Cell::new(0) };
    static TOTALS: Cell<Stats> = const { Cell::new(Stats { collections: 0, examined: 0, collected: 0 }) };
    /// Registry entries below this index were checked by the last prune or collection.
    static PRUNED: Cell<usize> = const { Cell::new(0) };
}

macro_rules! kinds {
    ($($kind:ident($ty:ty) $(if |$x:ident| $cond:expr)?),* $(,)?) => {
        /// A registry entry (opaque).
        #[doc(hidden)]
        pub enum Tracked {
            $($kind(Weak<$ty>),)*
        }

        /// A tracked object, held strongly during a collection.
        enum Obj {
            $($kind(Rc<$ty>),)*
        }

        /// A reference to a child found while walking an object.
        #[derive(Clone, Copy)]
        enum Ref<'a> {
            $($kind(&'a Rc<$ty>),)*
        }

        impl Tracked {
            fn upgrade(&self) -> Option<Obj> {
                match self {
                    $(Tracked::$kind(w) => w.upgrade().map(Obj::$kind),)*
                }
            }

            fn alive(&self) -> bool {
                match self {
                    $(Tracked::$kind(w) => w.strong_count() > 0,)*
                }
            }
        }

        impl Obj {
            fn strong(&self) -> usize {
                match self {
                    $(Obj::$kind(r) => Rc::strong_count(r),)*
                }
            }

            fn addr(&self) -> usize {
                match self {
                    $(Obj::$kind(r) => Rc::as_ptr(r) as *const () as usize,)*
                }
            }

            fn downgrade(&self) -> Tracked {
                match self {
                    $(Obj::$kind(r) => Tracked::$kind(Rc::downgrade(r)),)*
                }
            }
        }

        impl Ref<'_> {
            fn addr(self) -> usize {
                match self {
                    $(Ref::$kind(r) => Rc::as_ptr(r) as *const () as usize,)*
                }
            }

            fn to_obj(self) -> Obj {
                match self {
                    $(Ref::$kind(r) => Obj::$kind(r.clone()),)*
                }
            }
        }

        $(impl Traced for $ty {
            fn tracked(rc: &Rc<Self>) -> Tracked {
                Tracked::$kind(Rc::downgrade(rc))
            }

            #[allow(unreachable_code)]
            fn needs_tracking(&self) -> bool {
                $(let $x = self; return $cond;)?
                true
            }
        })*
    };
}

kinds! {
    List(PyList),
    Tuple(PyTuple) if |t| t.0.iter().any(may_hold_objects),
    Dict(PyDict),
    Set(PySet),
    Function(Function),
    Builtin(Builtin) if |b| b.bound.as_ref().is_some_and(may_hold_objects),
    BoundMethod(BoundMethod),
    Class(Class),
    Instance(Instance),
    Module(Module),
    Iter(PyIter),
    Generator(Generator),
    DictView(DictView),
    Cell(PyCell),
    Globals(Globals),
    Slice(PySlice) if |s| [&s.start, &s.stop, &s.step].into_iter().any(may_hold_objects),
}

/// Object types the collector tracks.
pub trait Traced: Sized {
    #[doc(hidden)]
    fn tracked(rc: &Rc<Self>) -> Tracked;

    /// False for objects that can never be part of a cycle (a tuple of numbers and strings).
    fn needs_tracking(&self) -> bool {
        true
    }
}

/// Allocates a tracked object: use it instead of `Rc::new` for every container.
#[inline]
pub fn new<T: Traced>(x: T) -> Rc<T> {
    let track = x.needs_tracking();
    let rc = Rc::new(x);
    if track {
        register(T::tracked(&rc));
    }
    rc
}

const PRUNE_BATCH: usize = 1024;

fn prune_tail(r: &mut Vec<Tracked>, from: usize) {
    let start = from.min(r.len());
    let mut w = start;
    for k in start..r.len() {
        if r[k].alive() {
            r.swap(w, k);
            w += 1;
        }
    }
    r.truncate(w);
}

#[inline]
fn register(t: Tracked) {
    let _ = REGISTRY.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.push(t);
            // Most objects die young: every PRUNE_BATCH registrations, drop the entries of the
            // recent ones that are dead already, so their memory (pinned by the `Weak`) is
            // reused at once, and entries cannot pile up between collections.
            let from = PRUNED.with(Cell::get);
            if r.len().saturating_sub(from) >= PRUNE_BATCH {
                prune_tail(&mut r, from);
                PRUNED.with(|p| p.set(r.len()));
            }
        }
    });
    let _ = SINCE.try_with(|s| {
        let n = s.get() + 1;
        s.set(n);
        if n > THRESHOLD.with(Cell::get) {
            PENDING.with(|p| p.set(true));
        }
    });
}

/// True when enough objects were allocated since the last collection that the VM should run
/// one at its next safe point. One thread-local load.
#[inline]
pub fn pending() -> bool {
    PENDING.try_with(Cell::get).unwrap_or(false)
}

/// Runs a collection if one is pending (see [`pending`]); returns the number of objects freed.
#[inline]
pub fn maybe_collect() -> usize {
    if pending() {
        collect_now()
    } else {
        0
    }
}

#[cold]
#[inline(never)]
fn collect_now() -> usize {
    if ALWAYS_FULL.try_with(Cell::get).unwrap_or(false) {
        return run(true).collected;
    }
    let mut n = run(false).collected;
    let promoted = PROMOTED.try_with(Cell::get).unwrap_or(0);
    if promoted > OLD_BASE.try_with(Cell::get).unwrap_or(0).max(MIN_THRESHOLD) {
        n += run(true).collected;
    }
    n
}

/// Turns automatic collection on or off for this thread (explicit [`collect`] calls still
/// work).
pub fn set_enabled(on: bool) {
    let _ = ENABLED.try_with(|e| e.set(on));
    reset_threshold();
}

/// Fixes the number of allocations between automatic collections (`None`: automatic, the
/// default). `Some(1)` collects at nearly every safe point, for tests.
pub fn set_threshold(fixed: Option<usize>) {
    let _ = FIXED.try_with(|f| f.set(fixed.unwrap_or(0)));
    reset_threshold();
}

/// Makes every automatic collection a full one (for tests of the collector).
#[doc(hidden)]
pub fn set_always_full(on: bool) {
    let _ = ALWAYS_FULL.try_with(|f| f.set(on));
}

fn reset_threshold() {
    let on = ENABLED.try_with(Cell::get).unwrap_or(false);
    let fixed = FIXED.try_with(Cell::get).unwrap_or(0);
    let t = match (on, fixed) {
        (false, _) => usize::MAX,
        (true, 0) => MIN_THRESHOLD,
        (true, k) => k,
    };
    let _ = THRESHOLD.try_with(|c| c.set(t));
    let since = SINCE.try_with(Cell::get).unwrap_or(0);
    let _ = PENDING.try_with(|p| p.set(since > t));
}

/// Totals of every collection run on this thread.
pub fn totals() -> Stats {
    TOTALS.try_with(Cell::get).unwrap_or_default()
}

/// Number of registry entries (live tracked objects plus dead entries not yet pruned).
pub fn registered() -> usize {
    let len = |r: &RefCell<Vec<Tracked>>| r.try_borrow().map_or(0, |r| r.len());
    REGISTRY.try_with(len).unwrap_or(0) + OLD.try_with(len).unwrap_or(0)
}

/// Number of tracked objects still alive.
pub fn tracked_alive() -> usize {
    let alive = |r: &RefCell<Vec<Tracked>>| {
        r.try_borrow()
            .map_or(0, |r| r.iter().filter(|t| t.alive()).count())
    };
    REGISTRY.try_with(alive).unwrap_or(0) + OLD.try_with(alive).unwrap_or(0)
}

fn value_ref(v: &Value) -> Option<Ref<'_>> {
    Some(match v {
        Value::List(r) => Ref::List(r),
        Value::Tuple(r) => Ref::Tuple(r),
        Value::Dict(r) => Ref::Dict(r),
        Value::Set(r) | Value::FrozenSet(r) => Ref::Set(r),
        Value::Function(r) => Ref::Function(r),
        Value::Builtin(r) => Ref::Builtin(r),
        Value::BoundMethod(r) => Ref::BoundMethod(r),
        Value::Class(r) => Ref::Class(r),
        Value::Instance(r) => Ref::Instance(r),
        Value::Module(r) => Ref::Module(r),
        Value::Iterator(r) => Ref::Iter(r),
        Value::Generator(r) => Ref::Generator(r),
        Value::DictView(r) => Ref::DictView(r),
        Value::Cell(r) => Ref::Cell(r),
        Value::Slice(r) => Ref::Slice(r),
        Value::None
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::PyBool(_)
        | Value::Int(_)
        | Value::PyFloat(_)
        | Value::BigInt(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Code(_)
        | Value::Host(_)
        | Value::Null => return None,
    })
}

/// True for values that can reach a tracked object (tuples of atoms need no tracking).
#[inline]
pub fn may_hold_objects(v: &Value) -> bool {
    value_ref(v).is_some()
}

fn visit_value<'a>(v: &'a Value, f: &mut impl FnMut(Ref<'a>)) {
    if let Some(r) = value_ref(v) {
        f(r);
    }
}

fn visit_dict<'a>(d: &'a Rc<PyDict>, f: &mut impl FnMut(Ref<'a>)) {
    f(Ref::Dict(d));
}

fn visit_frame<'a>(fr: &'a crate::vm::frame::Frame, f: &mut impl FnMut(Ref<'a>)) {
    f(Ref::Function(&fr.func));
    if let Some(ns) = &fr.locals_ns {
        visit_dict(ns, f);
    }
    // A call of a function without cell variables of its own shares the function's cell list
    // (one strong reference per cell for all its holders). Only a holder alone with its list
    // accounts for those references; while the list is shared (a call is running) its cells
    // count as referenced from outside, so nothing a running frame uses is ever freed.
    // Generator frames get a list of their own, so cycles through them stay collectable.
    if let Some(cells) = fr.own_cells.as_ref().filter(|c| Rc::strong_count(c) == 1) {
        for c in cells.iter() {
            f(Ref::Cell(c));
        }
    }
    for v in &fr.saved {
        visit_value(v, f);
    }
    if let Some(e) = &fr.entry_exc {
        visit_value(e, f);
    }
}

fn visit_iter<'a>(st: &'a IterState, f: &mut impl FnMut(Ref<'a>)) {
    match st {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit_value(seq, f),
        IterState::DictKeys { dict, .. } => visit_dict(dict, f),
        IterState::Set { set, .. } => f(Ref::Set(set)),
        IterState::Enumerate { inner, .. } => visit_value(inner, f),
        IterState::Zip { inners, .. } => inners.iter().for_each(|v| visit_value(v, f)),
        IterState::Map { func, inners } => {
            visit_value(func, f);
            inners.iter().for_each(|v| visit_value(v, f));
        }
        IterState::Filter { func, inner } => {
            visit_value(func, f);
            visit_value(inner, f);
        }
        IterState::Callable { func, sentinel } => {
            visit_value(func, f);
            visit_value(sentinel, f);
        }
        IterState::GetItem { obj, .. } => visit_value(obj, f),
        IterState::Range { .. } | IterState::Str { .. } | IterState::Exhausted => {}
    }
}

impl Obj {
    /// Calls `f` once per strong reference this object holds to a trackable object. Returns
    /// false (having visited nothing) if a `RefCell` of the object is mutably borrowed.
    fn children(&self, f: &mut impl FnMut(Ref<'_>)) -> bool {
        match self {
            Obj::List(l) => {
                let Ok(items) = l.0.try_borrow() else {
                    return false;
                };
                items.iter().for_each(|v| visit_value(v, f));
            }
            Obj::Tuple(t) => t.0.iter().for_each(|v| visit_value(v, f)),
            Obj::Dict(d) => {
                let Ok(t) = d.0.try_borrow() else {
                    return false;
                };
                for e in t.iter() {
                    visit_value(&e.key, f);
                    visit_value(&e.value, f);
                }
            }
            Obj::Set(s) => {
                let Ok(t) = s.0.try_borrow() else {
                    return false;
                };
                for e in t.iter() {
                    visit_value(&e.key, f);
                    visit_value(&e.value, f);
                }
            }
            Obj::Function(func) => {
                let (Ok(doc), Ok(dict)) = (func.doc.try_borrow(), func.dict.try_borrow()) else {
                    return false;
                };
                f(Ref::Globals(&func.globals));
                func.defaults.iter().for_each(|v| visit_value(v, f));
                if let Some(k) = &func.kwdefaults {
                    visit_value(k, f);
                }
                // Shared with running frames: see `visit_frame`.
                if Rc::strong_count(&func.closure) == 1 {
                    for c in func.closure.iter() {
                        f(Ref::Cell(c));
                    }
                }
                visit_value(&doc, f);
                if let Some(d) = &*dict {
                    visit_dict(d, f);
                }
            }
            Obj::Builtin(b) => {
                if let Some(v) = &b.bound {
                    visit_value(v, f);
                }
            }
            Obj::BoundMethod(m) => {
                visit_value(&m.receiver, f);
                visit_value(&m.func, f);
            }
            Obj::Class(c) => {
                let Ok(mro) = c.mro.try_borrow() else {
                    return false;
                };
                for b in c.bases.iter().chain(mro.iter()).chain(c.meta.iter()) {
                    f(Ref::Class(b));
                }
                visit_dict(&c.dict, f);
            }
            Obj::Instance(i) => {
                let exc = match &i.exc {
                    Some(cell) => match cell.try_borrow() {
                        Ok(st) => Some(st),
                        Err(_) => return false,
                    },
                    None => None,
                };
                f(Ref::Class(&i.class));
                visit_dict(&i.dict, f);
                // A built-in subclass's value (immutable field; its own contents are cleared
                // when it is garbage).
                if let Some(v) = &i.inner {
                    visit_value(v, f);
                }
                if let Some(st) = &exc {
                    st.args.iter().for_each(|v| visit_value(v, f));
                    st.tb_objects.iter().for_each(|v| visit_value(v, f));
                    if let Some(v) = &st.cause {
                        visit_value(v, f);
                    }
                    if let Some(v) = &st.context {
                        visit_value(v, f);
                    }
                }
            }
            Obj::Module(m) => visit_dict(&m.dict, f),
            Obj::Iter(it) => {
                let Ok(st) = it.0.try_borrow() else {
                    return false;
                };
                visit_iter(&st, f);
            }
            Obj::Generator(g) => {
                let Ok(st) = g.state.try_borrow() else {
                    return false;
                };
                if let GenState::Suspended(fr) = &*st {
                    visit_frame(fr, f);
                }
            }
            Obj::DictView(v) => visit_dict(&v.dict, f),
            Obj::Cell(c) => {
                let Ok(v) = c.0.try_borrow() else {
                    return false;
                };
                if let Some(v) = &*v {
                    visit_value(v, f);
                }
            }
            Obj::Globals(g) => {
                visit_dict(&g.scratch, f);
                for l in &g.layers {
                    visit_dict(&l.dict, f);
                }
                visit_dict(&g.builtins, f);
            }
            Obj::Slice(s) => {
                visit_value(&s.start, f);
                visit_value(&s.stop, f);
                visit_value(&s.step, f);
            }
        }
        true
    }

    /// True if the object holds no trackable object (and is not borrowed mutably).
    fn is_leaf(&self) -> bool {
        let mut any = false;
        self.children(&mut |_| any = true) && !any
    }

    /// Takes the mutable contents out of an unreachable object into `bin` (dropped later,
    /// outside every borrow).
    fn clear(&self, bin: &mut Bin) {
        match self {
            Obj::List(l) => {
                if let Ok(mut v) = l.0.try_borrow_mut() {
                    bin.values.append(&mut v);
                }
            }
            Obj::Dict(d) => {
                if let Ok(mut t) = d.0.try_borrow_mut() {
                    bin.values.extend(std::mem::take(&mut *t).into_values());
                }
            }
            Obj::Set(s) => {
                if let Ok(mut t) = s.0.try_borrow_mut() {
                    bin.values.extend(std::mem::take(&mut *t).into_values());
                }
            }
            Obj::Function(func) => {
                if let Ok(mut d) = func.doc.try_borrow_mut() {
                    bin.values.push(std::mem::replace(&mut *d, Value::None));
                }
                if let Ok(mut d) = func.dict.try_borrow_mut() {
                    if let Some(d) = d.take() {
                        bin.values.push(Value::Dict(d));
                    }
                }
            }
            Obj::Class(c) => {
                if let Ok(mut mro) = c.mro.try_borrow_mut() {
                    bin.other.push(Box::new(std::mem::take(&mut *mro)));
                }
            }
            Obj::Instance(i) => {
                if let Some(Ok(mut st)) = i.exc.as_ref().map(RefCell::try_borrow_mut) {
                    bin.values.append(&mut st.args);
                    bin.values.append(&mut st.tb_objects);
                    bin.values.extend(st.cause.take());
                    bin.values.extend(st.context.take());
                }
            }
            Obj::Iter(it) => {
                if let Ok(mut st) = it.0.try_borrow_mut() {
                    bin.other
                        .push(Box::new(std::mem::replace(&mut *st, IterState::Exhausted)));
                }
            }
            Obj::Generator(g) => {
                if let Ok(mut st) = g.state.try_borrow_mut() {
                    if matches!(*st, GenState::Suspended(_)) {
                        bin.other
                            .push(Box::new(std::mem::replace(&mut *st, GenState::Finished)));
                    }
                }
            }
            Obj::Cell(c) => {
                if let Ok(mut v) = c.0.try_borrow_mut() {
                    bin.values.extend(v.take());
                }
            }
            // Immutable after construction: they only point to older objects, so clearing the
            // mutable objects above breaks every cycle through them.
            Obj::Tuple(_)
            | Obj::Builtin(_)
            | Obj::BoundMethod(_)
            | Obj::Module(_)
            | Obj::DictView(_)
            | Obj::Globals(_)
            | Obj::Slice(_) => {}
        }
    }
}

/// Contents taken out of garbage, dropped once the collector holds no borrow.
#[derive(Default)]
struct Bin {
    values: Vec<Value>,
    other: Vec<Box<dyn Any>>,
}

/// Pointer hashing for the address → index map.
#[derive(Default, Clone, Copy)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        let h = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }
}

type AddrMap = hashbrown::HashMap<usize, u32, std::hash::BuildHasherDefault<AddrHasher>>;

/// Statistics of a collection, or totals since the thread started ([`totals`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Collections run.
    pub collections: usize,
    /// Objects examined (live tracked objects).
    pub examined: usize,
    /// Objects found unreachable and cleared.
    pub collected: usize,
}

/// Runs a full collection now; returns how many unreachable objects were cleared (they are
/// freed when this returns). Does nothing if a collection is already running.
pub fn collect() -> usize {
    collect_stats().collected
}

/// [`collect`], returning the counts.
pub fn collect_stats() -> Stats {
    run(true)
}

fn take(r: &'static std::thread::LocalKey<RefCell<Vec<Tracked>>>) -> Vec<Tracked> {
    r.try_with(|r| r.try_borrow_mut().map(|mut r| std::mem::take(&mut *r)))
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

/// A collection of the young generation (objects registered since the last collection; the
/// references old objects hold count as external), or of everything (`full`). Survivors
/// join the old generation; a young collection is followed by a full one when the old
/// generation has doubled since the last full collection, which keeps the total work linear.
fn run(full: bool) -> Stats {
    if COLLECTING.try_with(|c| c.replace(true)).unwrap_or(true) {
        return Stats::default();
    }
    let _ = PENDING.try_with(|p| p.set(false));
    let _ = SINCE.try_with(|s| s.set(0));
    let mut entries = take(&REGISTRY);
    if full {
        let mut old = take(&OLD);
        old.append(&mut entries);
        entries = old;
    }

    // 1. Live objects, each with its strong count less the collector's own reference. Leaves
    //    (objects holding no trackable object right now) cannot be part of a cycle: they stay
    //    registered but take no further part (references to them are ignored).
    let mut objs: Vec<Obj> = Vec::new();
    let mut refs: Vec<isize> = Vec::new();
    let mut index = AddrMap::default();
    let mut w = 0;
    for k in 0..entries.len() {
        let Some(o) = entries[k].upgrade() else {
            continue;
        };
        if o.is_leaf() {
            entries.swap(w, k);
            w += 1;
        } else if let hashbrown::hash_map::Entry::Vacant(slot) = index.entry(o.addr()) {
            slot.insert(objs.len() as u32);
            refs.push(o.strong() as isize - 1);
            objs.push(o);
        }
    }
    // The leaves stay registered (the others are re-registered below if they survive).
    entries.truncate(w);
    let kept = entries;

    // 2. Subtract internal references, registering children found on the way; record edges.
    let mut walkable = Vec::with_capacity(objs.len());
    let mut edge_start: Vec<u32> = Vec::with_capacity(objs.len() + 1);
    let mut edges: Vec<u32> = Vec::new();
    let mut found: Vec<Obj> = Vec::new();
    let mut i = 0;
    while i < objs.len() {
        edge_start.push(edges.len() as u32);
        let ok = objs[i].children(&mut |r| {
            let a = r.addr();
            let j = match index.get(&a) {
                Some(&j) => j,
                // An old object (young collection), or a leaf: lists and tuples are always
                // registered when created.
                None if !full || matches!(r, Ref::List(_) | Ref::Tuple(_)) => return,
                None => {
                    let o = r.to_obj();
                    if o.is_leaf() {
                        return;
                    }
                    // Allocated without `new`: tracked from now on.
                    let j = (objs.len() + found.len()) as u32;
                    index.insert(a, j);
                    refs.push(o.strong() as isize - 1);
                    found.push(o);
                    j
                }
            };
            refs[j as usize] -= 1;
            edges.push(j);
        });
        walkable.push(ok);
        objs.append(&mut found);
        i += 1;
    }
    edge_start.push(edges.len() as u32);

    // 3. Mark what is reachable from outside.
    let n = objs.len();
    let mut reachable = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    for k in 0..n {
        if refs[k] > 0 || !walkable[k] {
            reachable[k] = true;
            stack.push(k as u32);
        }
    }
    while let Some(k) = stack.pop() {
        let k = k as usize;
        for &c in &edges[edge_start[k] as usize..edge_start[k + 1] as usize] {
            if !reachable[c as usize] {
                reachable[c as usize] = true;
                stack.push(c);
            }
        }
    }
    drop(edges);
    drop(edge_start);
    drop(index);

    // 4. Clear the unreachable ones; survivors go back into the registry.
    let mut bin = Bin::default();
    let mut survivors = kept;
    survivors.reserve(n);
    let mut garbage = Vec::new();
    for (o, live) in objs.into_iter().zip(reachable) {
        if live {
            survivors.push(o.downgrade());
        } else {
            o.clear(&mut bin);
            garbage.push(o);
        }
    }
    let stats = Stats {
        collections: 1,
        examined: survivors.len() + garbage.len(),
        collected: garbage.len(),
    };
    let kept = survivors.len();
    let _ = OLD.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.append(&mut survivors);
            if full {
                let _ = OLD_BASE.try_with(|b| b.set(r.len()));
                let _ = PROMOTED.try_with(|p| p.set(0));
            } else {
                let _ = PROMOTED.try_with(|p| p.set(p.get() + kept));
            }
        }
    });
    let _ = PRUNED.try_with(|p| p.set(0));
    drop(bin);
    drop(garbage);
    reset_threshold();
    let _ = TOTALS.try_with(|t| {
        let old = t.get();
        t.set(Stats {
            collections: old.collections + 1,
            examined: old.examined + stats.examined,
            collected: old.collected + stats.collected,
        });
    });
    let _ = COLLECTING.try_with(|c| c.set(false));
    stats
}
