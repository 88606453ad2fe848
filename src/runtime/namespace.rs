//! The layered namespace chain that global names resolve through: the scratch layer (writes),
//! the host's layers (read-only unless marked writable), then builtins. Functions keep an `Rc`
//! to the chain they were defined in, so closures and comprehensions see the same names.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::value::{PyDict, PyStr, Value};

pub struct Layer {
    pub dict: Rc<PyDict>,
    pub writable: bool,
}

pub struct Globals {
    /// Unique for the life of the process (names a chain in lookup caches; 0 is never used).
    pub id: u64,
    pub scratch: Rc<PyDict>,
    /// Host layers, top first. Change them only through `push_layer` (which renews `id`, so
    /// lookup caches made against the old shape are not trusted).
    pub layers: Vec<Layer>,
    pub builtins: Rc<PyDict>,
    /// Some host layer is writable (then module-level stores go there, not to scratch).
    any_writable: bool,
}

impl Globals {
    /// A chain over `scratch`, the host `layers` (top first) and `builtins`.
    pub fn new(scratch: Rc<PyDict>, layers: Vec<Layer>, builtins: Rc<PyDict>) -> Globals {
        Globals {
            id: next_id(),
            any_writable: layers.iter().any(|l| l.writable),
            scratch,
            layers,
            builtins,
        }
    }

    /// The dicts of the chain, top first: scratch, host layers, builtins.
    #[inline(always)]
    fn layer(&self, i: usize) -> Option<&Rc<PyDict>> {
        match i {
            0 => Some(&self.scratch),
            _ if i <= self.layers.len() => Some(&self.layers[i - 1].dict),
            _ if i == self.layers.len() + 1 => Some(&self.builtins),
            _ => None,
        }
    }

    /// Where top-level stores, `global` stores and `del` go: the first host layer marked
    /// writable, else the scratch layer.
    pub fn store_target(&self) -> &Rc<PyDict> {
        self.layers
            .iter()
            .find(|l| l.writable)
            .map_or(&self.scratch, |l| &l.dict)
    }

    /// Adds a host layer below the existing ones (above builtins).
    pub fn push_layer(&mut self, layer: Layer) {
        self.any_writable |= layer.writable;
        self.layers.push(layer);
        self.id = next_id();
    }

    fn depth(&self) -> usize {
        self.layers.len() + 2
    }

    /// Looks `name` up through the chain from layer `from` on (1 skips the scratch layer),
    /// remembering where it was found in `cache` so the next lookup can skip the probes.
    pub fn lookup(
        self: &Rc<Self>,
        name: &Rc<PyStr>,
        from: usize,
        cache: &GlobalCache,
    ) -> Option<Value> {
        if let Some(v) = cache.hit(self, from) {
            return Some(v);
        }
        for i in from..self.depth() {
            let dict = self.layer(i)?;
            if let Some((slot, v)) = dict.find_name(name) {
                cache.fill(self, from, i, slot);
                return Some(v);
            }
        }
        None
    }
}

fn next_id() -> u64 {
    static NEXT_ID: AtomicU64 = AtomicU64::new(1);
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// How many dicts a cached lookup may depend on (scratch, two host layers, builtins).
const CACHED_LAYERS: usize = 4;

/// One global name's last lookup: the chain it was made in, the layer and entry slot where the
/// name was found, and the key versions of every dict searched. A dict's version changes on
/// every insertion and removal, so equal versions mean the name is still absent from the
/// layers above and still at the same slot (value updates in place are read through the slot).
/// Chains are told apart by `Globals::id`, which is never reused.
#[derive(Default)]
pub struct GlobalCache {
    globals: Cell<u64>,
    /// `from` in the low byte, the layer found in the next.
    span: Cell<u16>,
    slot: Cell<u32>,
    versions: [Cell<u64>; CACHED_LAYERS],
}

impl GlobalCache {
    /// The cached value, if the cache is valid for this chain and starting layer.
    #[inline(always)]
    pub fn hit(&self, g: &Globals, from: usize) -> Option<Value> {
        let span = self.span.get();
        if self.globals.get() != g.id || (span & 0xff) as usize != from {
            return None;
        }
        if span == 0 {
            // Found in the scratch layer, searched first: the common module-level case.
            let t = g.scratch.0.try_borrow().ok()?;
            if t.version != self.versions[0].get() {
                return None;
            }
            // No closure: an outlined clone returns the value through memory.
            let en = t.entry(self.slot.get() as usize)?;
            return Some(en.value.clone());
        }
        let layer = (span >> 8) as usize;
        for i in from..layer {
            if g.layer(i)?.0.try_borrow().ok()?.version != self.versions[i].get() {
                return None;
            }
        }
        let t = g.layer(layer)?.0.try_borrow().ok()?;
        if t.version != self.versions[layer].get() {
            return None;
        }
        let en = t.entry(self.slot.get() as usize)?;
        Some(en.value.clone())
    }

    /// Rebinds a name the cache found in the scratch layer, in place; gives the value back if
    /// the cache cannot vouch for the slot (the caller then stores by name).
    #[inline(always)]
    pub fn store(&self, g: &Globals, v: Value) -> Result<(), Value> {
        if self.globals.get() != g.id || self.span.get() != 0 || g.any_writable {
            return Err(v);
        }
        let Ok(mut t) = g.scratch.0.try_borrow_mut() else {
            return Err(v);
        };
        if t.version != self.versions[0].get() {
            return Err(v);
        }
        match t.entry_mut(self.slot.get() as usize) {
            Some(e) => {
                e.value = v;
                Ok(())
            }
            None => Err(v),
        }
    }

    /// Remembers where a store by name put `name` in the scratch layer, so the next store
    /// (a loop variable nobody reads by name) goes through the slot.
    pub fn note_store(&self, g: &Globals, name: &Rc<PyStr>) {
        if let Some((slot, _)) = g.scratch.find_name(name) {
            self.fill(g, 0, 0, slot);
        }
    }

    fn fill(&self, g: &Globals, from: usize, layer: usize, slot: usize) {
        self.globals.set(0);
        if layer >= CACHED_LAYERS || slot > u32::MAX as usize {
            return;
        }
        for i in from..=layer {
            match g.layer(i).and_then(|d| d.0.try_borrow().ok()) {
                Some(t) => self.versions[i].set(t.version),
                None => return,
            }
        }
        self.span.set((from | layer << 8) as u16);
        self.slot.set(slot as u32);
        self.globals.set(g.id);
    }
}
