//! The memory estimate behind `max_memory`: the bytes reachable from the VM's roots (its value
//! stack, frames, handled exception and imported modules), each object counted once.
//!
//! Sizes are approximations of what the objects hold on the heap (an object header plus its
//! buffers: 16 bytes per list/tuple slot, about 48 per dict/set entry, the text of a str, the
//! digits of an int). Host layers and the builtins are not counted (they belong to the host);
//! the scratch layer is. Garbage `Rc` cycles are unreachable and so not counted. The walk is
//! iterative (no recursion on deep structures) and runs only when enough allocation was noted
//! since the last one (see `limits.rs`), so its cost is amortised over the allocations.

use std::rc::Rc;

use super::Vm;
use crate::runtime::value::{GenState, IterState, PyDict, Value};

/// Bytes charged per heap object on top of its buffers (refcounts, header, allocator slack).
const HEADER: u64 = 48;
/// Bytes per dict or set entry (key, value, hash, index slot).
const ENTRY: u64 = 48;

struct Walk {
    seen: hashbrown::HashSet<usize>,
    todo: Vec<Value>,
    dicts: Vec<Rc<PyDict>>,
    total: u64,
}

impl Walk {
    /// True the first time `p` is met.
    fn first<T>(&mut self, p: &Rc<T>) -> bool {
        self.seen.insert(Rc::as_ptr(p) as *const u8 as usize)
    }

    fn dict(&mut self, d: &Rc<PyDict>) {
        if self.first(d) {
            self.dicts.push(d.clone());
        }
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::PyBool(_)
            | Value::Int(_)
            | Value::PyFloat(_)
            | Value::Null
            | Value::Builtin(_)
            | Value::Code(_)
            | Value::Host(_) => {}
            Value::Class(c) => self.class(c),
            Value::BigInt(b) => {
                if self.first(b) {
                    self.total += HEADER + b.bits() / 8;
                }
            }
            Value::Str(s) => {
                if self.first(s) {
                    self.total += HEADER + s.s.len() as u64;
                }
            }
            Value::Bytes(b) => {
                if self.first(b) {
                    self.total += HEADER + b.0.len() as u64;
                }
            }
            Value::Range(r) => {
                if self.first(r) {
                    self.total += HEADER;
                }
            }
            Value::Slice(s) => {
                if self.first(s) {
                    self.total += HEADER;
                }
            }
            _ => self.todo.push(v.clone()),
        }
    }

    fn run(&mut self) {
        loop {
            if let Some(d) = self.dicts.pop() {
                let t = d.0.borrow();
                self.total += HEADER + t.slots() as u64 * ENTRY;
                let items: Vec<Value> = t
                    .iter()
                    .flat_map(|e| [e.key.clone(), e.value.clone()])
                    .collect();
                drop(t);
                for v in &items {
                    self.value(v);
                }
                continue;
            }
            let Some(v) = self.todo.pop() else { break };
            self.container(&v);
        }
    }

    fn container(&mut self, v: &Value) {
        match v {
            Value::List(l) => {
                if self.first(l) {
                    let items = l.0.borrow().clone();
                    self.total += HEADER + l.0.borrow().capacity() as u64 * 16;
                    items.iter().for_each(|x| self.value(x));
                }
            }
            Value::Tuple(t) => {
                if self.first(t) {
                    self.total += HEADER + t.0.len() as u64 * 16;
                    t.0.iter().for_each(|x| self.value(x));
                }
            }
            Value::Dict(d) => self.dict(d),
            Value::Set(s) | Value::FrozenSet(s) => {
                if self.first(s) {
                    let t = s.0.borrow();
                    self.total += HEADER + t.slots() as u64 * ENTRY;
                    let items: Vec<Value> = t.iter().map(|e| e.key.clone()).collect();
                    drop(t);
                    items.iter().for_each(|x| self.value(x));
                }
            }
            Value::Function(f) => {
                if self.first(f) {
                    self.total += HEADER * 4;
                    f.defaults.iter().for_each(|x| self.value(x));
                    if let Some(k) = &f.kwdefaults {
                        self.value(k);
                    }
                    for c in f.closure.iter() {
                        if self.first(c) {
                            if let Some(x) = c.0.borrow().clone() {
                                self.value(&x);
                            }
                        }
                    }
                    if let Some(d) = f.dict.borrow().clone() {
                        self.dict(&d);
                    }
                    self.dict(&f.globals.scratch);
                }
            }
            Value::BoundMethod(m) => {
                if self.first(m) {
                    self.total += HEADER;
                    self.value(&m.receiver);
                    self.value(&m.func);
                }
            }
            Value::Instance(i) => {
                if self.first(i) {
                    self.total += HEADER;
                    self.dict(&i.dict);
                    self.class(&i.class);
                    if let Some(st) = &i.exc {
                        let st = st.borrow();
                        let mut vals: Vec<Value> = st.args.clone();
                        vals.extend(st.cause.clone());
                        vals.extend(st.context.clone());
                        self.total += st.traceback.len() as u64 * 16;
                        drop(st);
                        vals.iter().for_each(|x| self.value(x));
                    }
                }
            }
            Value::Module(m) => {
                if self.first(m) {
                    self.dict(&m.dict);
                }
            }
            Value::Iterator(it) => {
                if self.first(it) {
                    self.total += HEADER;
                    let inner: Vec<Value> = match &*it.0.borrow() {
                        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => {
                            vec![seq.clone()]
                        }
                        IterState::Str { s, .. } => vec![Value::Str(s.clone())],
                        IterState::DictKeys { dict, .. } => vec![Value::Dict(dict.clone())],
                        IterState::Set { set, .. } => vec![Value::Set(set.clone())],
                        IterState::Enumerate { inner, .. } => vec![inner.clone()],
                        IterState::Zip { inners, .. } => inners.clone(),
                        IterState::Map { func, inners } => {
                            let mut v = inners.clone();
                            v.push(func.clone());
                            v
                        }
                        IterState::Filter { func, inner } => vec![func.clone(), inner.clone()],
                        IterState::Callable { func, sentinel } => {
                            vec![func.clone(), sentinel.clone()]
                        }
                        IterState::GetItem { obj, .. } => vec![obj.clone()],
                        IterState::Range { .. } | IterState::Exhausted => vec![],
                    };
                    inner.iter().for_each(|x| self.value(x));
                }
            }
            Value::Generator(g) => {
                if self.first(g) {
                    self.total += HEADER * 2;
                    let (saved, cells) = match &*g.state.borrow() {
                        GenState::Suspended(f) => (f.saved.clone(), f.cells().to_vec()),
                        _ => (Vec::new(), Vec::new()),
                    };
                    self.total += saved.len() as u64 * 16;
                    saved.iter().for_each(|x| self.value(x));
                    for c in &cells {
                        if let Some(x) = c.0.borrow().clone() {
                            self.value(&x);
                        }
                    }
                }
            }
            Value::DictView(d) => {
                if self.first(d) {
                    self.dict(&d.dict);
                }
            }
            Value::Cell(c) => {
                if self.first(c) {
                    if let Some(x) = c.0.borrow().clone() {
                        self.value(&x);
                    }
                }
            }
            _ => self.value(v),
        }
    }

    /// A sandbox-defined class: its namespace (built-in classes are the interpreter's).
    fn class(&mut self, c: &Rc<crate::runtime::value::Class>) {
        if !c.builtin && self.first(c) {
            self.total += HEADER * 4;
            self.dict(&c.dict);
            // The metaclass chain is at most 64 deep (`vm::metaclass`).
            if let Some(m) = &c.meta {
                self.class(m);
            }
        }
    }
}

impl Vm {
    /// Estimated bytes reachable from this VM's roots (see the module docs).
    pub fn measure_heap(&self) -> u64 {
        let mut w = Walk {
            seen: hashbrown::HashSet::new(),
            todo: Vec::new(),
            dicts: Vec::new(),
            total: 0,
        };
        w.total += self.stack.capacity() as u64 * 16;
        for v in &self.stack {
            w.value(v);
        }
        for f in &self.frames {
            // A call moves the callee from its stack slot into the frame.
            w.value(&Value::Function(f.func.clone()));
            w.dict(&f.globals().scratch);
            if let Some(ns) = &f.locals_ns {
                w.dict(ns);
            }
            for c in f.cells().iter() {
                w.container(&Value::Cell(c.clone()));
            }
            for v in f.saved.iter().chain(&f.entry_exc) {
                w.value(v);
            }
        }
        if let Some(e) = &self.current_exc {
            w.value(e);
        }
        for (_, m) in &self.modules {
            w.value(m);
        }
        // The builtins are the host's: walking into them would count the interpreter itself.
        w.seen
            .insert(Rc::as_ptr(&self.builtins) as *const u8 as usize);
        w.run();
        w.total
    }
}
