//! Per-site caches for attribute access on instances of sandbox classes. An instance attribute
//! read (`self.total`) must first make sure the class chain has no attribute of that name (a
//! descriptor would take precedence) and no `__getattribute__`/`__setattr__` hook; walking the
//! MRO for that on every access is what made attribute-heavy code slow.
//!
//! The cache remembers, for one class, what the chain said about the name, and trusts it while
//! the thread's class epoch is unchanged. The epoch moves whenever a class dict changes (a key
//! added or removed, or a value written: `dict::Table::class_dict`), as CPython's type version
//! does. Class dicts change rarely once a program runs, so one compare replaces a version
//! check per dict of the chain. A function found is held weakly (a strong reference from code
//! to the function would be a cycle the collector cannot see); other values are read through
//! their slot.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::value::{Class, Function, PyStr, Value};

thread_local! {
    static CLASS_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// The current class epoch of this thread.
#[inline(always)]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.with(Cell::get)
}

/// Called on every key insertion or removal in a class dict: invalidates every cache entry.
pub fn bump_class_epoch() {
    CLASS_EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// What the class chain holds for a name.
pub enum ClassAttr {
    /// No class in the chain has the name: an instance attribute, if anything.
    Absent,
    /// The first class attribute found (current value, read through its slot).
    Found(Value),
}

#[derive(Default)]
pub struct AttrCache {
    /// Address of the class the entry describes (0: empty). `keep` holds the allocation, so
    /// an equal address is never a different, newer class.
    class: Cell<usize>,
    keep: RefCell<Weak<Class>>,
    /// The class epoch the entry was made in.
    epoch: Cell<u64>,
    /// Where the name was found: (index in the chain, 0 being the class; entry slot).
    found: Cell<Option<(u8, u32)>>,
    /// The function found there, if it is one (valid with the entry: writes move the epoch).
    func: RefCell<Weak<Function>>,
    /// No `__getattribute__`, `__setattr__` or `__delattr__` anywhere in the chain.
    plain: Cell<bool>,
    /// The class (by address) whose instances keep the name in their dict alone: a plain
    /// user class whose chain has no attribute of that name. Valid at `epoch`; 0 when not.
    dict_class: Cell<usize>,
    /// The class (by address) whose chain holds the name as a plain function, with no hook
    /// (`func` holds it). Valid at `epoch`; 0 when not.
    method_class: Cell<usize>,
    /// Where the instance dict last held the name (a hint, checked by key identity).
    pub slot: Cell<u32>,
    /// The name is a dunder (`__class__`, `__dict__`...): those have their own rules.
    pub dunder: bool,
}

impl AttrCache {
    pub fn for_name(name: &str) -> Self {
        AttrCache {
            dunder: name.starts_with("__"),
            ..Default::default()
        }
    }

    /// The class chain's answer for `name`, if the class has no attribute hooks; `None` when
    /// the slow path must decide (hooks, very long chains, borrowed dicts).
    #[inline]
    pub fn lookup(&self, class: &Rc<Class>, name: &Rc<PyStr>) -> Option<ClassAttr> {
        if let Some(hit) = self.hit(class) {
            return hit;
        }
        self.refill(class, name)
    }

    /// The instance dict slot to try for this name, when instances of `class` keep the name
    /// in their dict alone (no descriptor, no hook, not a dunder): the few compares of the
    /// common `self.x` read and write.
    #[inline(always)]
    pub fn dict_slot(&self, class: &Rc<Class>) -> Option<usize> {
        if self.dict_class.get() == Rc::as_ptr(class) as usize && self.epoch.get() == class_epoch()
        {
            Some(self.slot.get() as usize)
        } else {
            None
        }
    }

    /// The function a method call `obj.name(...)` finds on `class`, if the chain holds a plain
    /// function under that name and no hook (the instance dict may still shadow it).
    #[inline(always)]
    pub fn method(&self, class: &Rc<Class>) -> Option<Rc<Function>> {
        if self.method_class.get() == Rc::as_ptr(class) as usize
            && self.epoch.get() == class_epoch()
        {
            self.func.try_borrow().ok()?.upgrade()
        } else {
            None
        }
    }

    #[inline(never)]
    fn refill(&self, class: &Rc<Class>, name: &Rc<PyStr>) -> Option<ClassAttr> {
        self.fill(class, name);
        self.hit(class).flatten()
    }

    /// `Some(answer)` if the cache is valid for `class` (the answer is `None` when not plain).
    #[inline(always)]
    fn hit(&self, class: &Rc<Class>) -> Option<Option<ClassAttr>> {
        if self.class.get() != Rc::as_ptr(class) as usize || self.epoch.get() != class_epoch() {
            return None;
        }
        if !self.plain.get() {
            return Some(None);
        }
        Some(Some(match self.found.get() {
            None => ClassAttr::Absent,
            Some((i, s)) => {
                if let Some(f) = self.func.try_borrow().ok().and_then(|w| w.upgrade()) {
                    return Some(Some(ClassAttr::Found(Value::Function(f))));
                }
                ClassAttr::Found(Self::slot_value(class, i, s)?)
            }
        }))
    }

    #[inline(never)]
    fn slot_value(class: &Rc<Class>, i: u8, s: u32) -> Option<Value> {
        let read = |d: &super::value::PyDict| {
            let t = d.0.try_borrow().ok()?;
            Some(t.entry(s as usize)?.value.clone())
        };
        if i == 0 {
            return read(&class.dict);
        }
        let mro = class.mro.try_borrow().ok()?;
        read(&mro.get(i as usize - 1)?.dict)
    }

    fn fill(&self, class: &Rc<Class>, name: &Rc<PyStr>) {
        self.class.set(0);
        self.dict_class.set(0);
        self.method_class.set(0);
        let Ok(mro) = class.mro.try_borrow() else {
            return;
        };
        let chain = || std::iter::once(class).chain(mro.iter());
        let mut found = None;
        let mut func = Weak::new();
        for (i, c) in chain().enumerate() {
            if let Some((s, v)) = c.dict.find_name(name) {
                let (Ok(i), Ok(s)) = (u8::try_from(i), u32::try_from(s)) else {
                    return;
                };
                found = Some((i, s));
                if let Value::Function(f) = v {
                    func = Rc::downgrade(&f);
                }
                break;
            }
        }
        // Hooks of built-in bases (object's) are the default behaviour the fast paths follow.
        let plain = chain().filter(|c| !c.builtin).all(|c| {
            ["__getattribute__", "__setattr__", "__delattr__"]
                .iter()
                .all(|hook| c.dict.get_str(hook).is_none())
        });
        let (Ok(mut keep), Ok(mut cached)) =
            (self.keep.try_borrow_mut(), self.func.try_borrow_mut())
        else {
            return;
        };
        *keep = Rc::downgrade(class);
        let has_func = func.strong_count() > 0;
        *cached = func;
        self.found.set(found);
        self.plain.set(plain);
        self.epoch.set(class_epoch());
        self.class.set(Rc::as_ptr(class) as usize);
        if found.is_none() && plain && !self.dunder && !class.builtin && !class.getattribute.get() {
            self.dict_class.set(Rc::as_ptr(class) as usize);
        }
        if found.is_some() && has_func && plain && !class.builtin && !class.getattribute.get() {
            self.method_class.set(Rc::as_ptr(class) as usize);
        }
    }
}
