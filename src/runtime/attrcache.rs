//! Per-site caches for attribute access on instances of sandbox classes. An instance attribute
//! read (`self.total`) must first make sure the class chain has no attribute of that name (a
//! descriptor would take precedence) and no `__getattribute__`/`__setattr__` hook; walking the
//! MRO for that on every access is what made attribute-heavy code slow. The cache remembers,
//! for one class, what the chain said about the name, and trusts it while the key versions of
//! every dict in the chain are unchanged (a version changes on every key insertion and
//! removal, and which keys exist is all the answer depends on; a value replaced in place is
//! read through its slot).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::value::{Class, PyDict, PyStr, Value};

/// How many class dicts a cached answer may depend on (the class and three ancestors).
const MAX_CHAIN: usize = 4;

/// What the class chain holds for a name.
pub enum ClassAttr {
    /// No class in the chain has the name: an instance attribute, if anything.
    Absent,
    /// The first class attribute found (current value, read through its slot).
    Found(Value),
}

#[derive(Default)]
pub struct AttrCache(RefCell<Option<Entry>>);

struct Entry {
    /// The `Weak` keeps the class allocation alive, so a pointer match is never a new class.
    class: Weak<Class>,
    versions: [u64; MAX_CHAIN],
    chain_len: u8,
    /// Where the name was found: (index in the chain, entry slot).
    found: Option<(u8, u32)>,
    /// No `__getattribute__`, `__setattr__` or `__delattr__` anywhere in the chain.
    plain: bool,
}

/// The class dicts an instance attribute lookup walks: the class, then its MRO.
fn chain(class: &Rc<Class>) -> Option<Vec<Rc<PyDict>>> {
    let mro = class.mro.try_borrow().ok()?;
    if mro.len() + 1 > MAX_CHAIN {
        return None;
    }
    Some(
        std::iter::once(class.dict.clone())
            .chain(mro.iter().map(|c| c.dict.clone()))
            .collect(),
    )
}

impl AttrCache {
    /// The class chain's answer for `name`, if the class has no attribute hooks; `None` when
    /// the slow path must decide (hooks, long chains, borrowed dicts).
    #[inline]
    pub fn lookup(&self, class: &Rc<Class>, name: &Rc<PyStr>) -> Option<ClassAttr> {
        if let Some(hit) = self.hit(class) {
            return hit;
        }
        self.fill(class, name);
        self.hit(class).flatten()
    }

    /// `Some(answer)` if the cache is valid for `class` (the answer is `None` when not plain).
    fn hit(&self, class: &Rc<Class>) -> Option<Option<ClassAttr>> {
        let slot = self.0.try_borrow().ok()?;
        let e = slot.as_ref()?;
        if !std::ptr::eq(e.class.as_ptr(), Rc::as_ptr(class)) {
            return None;
        }
        let mro = class.mro.try_borrow().ok()?;
        if mro.len() + 1 != e.chain_len as usize {
            return None;
        }
        let dict_at = |i: usize| {
            if i == 0 {
                &class.dict
            } else {
                &mro[i - 1].dict
            }
        };
        for i in 0..e.chain_len as usize {
            if dict_at(i).0.try_borrow().ok()?.version != e.versions[i] {
                return None;
            }
        }
        if !e.plain {
            return Some(None);
        }
        Some(Some(match e.found {
            None => ClassAttr::Absent,
            Some((i, s)) => {
                let t = dict_at(i as usize).0.try_borrow().ok()?;
                ClassAttr::Found(t.entry(s as usize)?.value.clone())
            }
        }))
    }

    fn fill(&self, class: &Rc<Class>, name: &Rc<PyStr>) {
        let Ok(mut slot) = self.0.try_borrow_mut() else {
            return;
        };
        *slot = None;
        let Some(dicts) = chain(class) else { return };
        let mut versions = [0; MAX_CHAIN];
        let mut found = None;
        for (i, d) in dicts.iter().enumerate() {
            let Ok(t) = d.0.try_borrow() else { return };
            versions[i] = t.version;
            drop(t);
            if found.is_none() {
                if let Some((s, _)) = d.find_name(name) {
                    let Ok(s) = u32::try_from(s) else { return };
                    found = Some((i as u8, s));
                }
            }
        }
        // Hooks of built-in bases (object's) are the default behaviour the fast paths follow.
        let Ok(mro) = class.mro.try_borrow() else {
            return;
        };
        let plain = std::iter::once(class)
            .chain(mro.iter())
            .filter(|c| !c.builtin)
            .all(|c| {
                ["__getattribute__", "__setattr__", "__delattr__"]
                    .iter()
                    .all(|hook| c.dict.get_str(hook).is_none())
            });
        drop(mro);
        *slot = Some(Entry {
            class: Rc::downgrade(class),
            versions,
            chain_len: dicts.len() as u8,
            found,
            plain,
        });
    }
}
