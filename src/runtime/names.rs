//! The per-thread table of name strings. Every code object materialised on a thread takes its
//! attribute and global names from here, so the same identifier is the same `Rc<PyStr>`
//! everywhere: dict probes for names (instance attributes, class members, globals) then match
//! by pointer with the hash already cached, instead of comparing bytes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::value::PyStr;

thread_local! {
    static NAMES: RefCell<Table> = RefCell::new(Table::default());
}

#[derive(Default)]
struct Table {
    map: HashMap<Box<str>, Weak<PyStr>>,
    /// Size at which dead entries are next swept (the table never holds names alive).
    sweep_at: usize,
}

/// The shared str object for identifier `name`.
pub fn name(name: &str) -> Rc<PyStr> {
    let found = NAMES.try_with(|t| {
        let mut t = t.try_borrow_mut().ok()?;
        if let Some(s) = t.map.get(name).and_then(Weak::upgrade) {
            return Some(s);
        }
        let s = Rc::new(PyStr::new(name));
        if t.map.len() >= t.sweep_at {
            t.map.retain(|_, w| w.strong_count() > 0);
            t.sweep_at = (t.map.len() * 2).max(1024);
        }
        t.map.insert(name.into(), Rc::downgrade(&s));
        Some(s)
    });
    found
        .ok()
        .flatten()
        .unwrap_or_else(|| Rc::new(PyStr::new(name)))
}
