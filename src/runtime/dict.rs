//! Insertion-ordered hash tables for `dict` and `set`: entries in a vector (with holes left by
//! deletions), a hashbrown table of indices for lookup. Equality is supplied by the caller and
//! is never called while the table is borrowed, so a key's `__eq__` may touch the dict itself.

use hashbrown::HashTable;

use super::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The index's hash for a Python hash. Python's hashes of small ints are the ints themselves,
/// with all-zero top bits; hashbrown takes its 7-bit control tag from the top bits, so unmixed
/// they would make every slot of a probe group a candidate.
#[inline]
fn spread(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The storage behind a dict (sets use it with `None` values).
#[derive(Clone, Default)]
pub struct Table {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
    /// Bumped on every insertion or removal, so iterators can detect mutation.
    pub version: u64,
    /// The dict of a class: its key changes and value writes also move the class epoch
    /// (`attrcache`).
    pub class_dict: bool,
    /// One bit per `hash % 64` of every key inserted since the last `clear` (never unset by
    /// removals): a clear bit proves a key absent without probing. Method calls ask every
    /// instance dict whether it shadows the method, and the answer is almost always no.
    hash_bits: u64,
}

#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// Result of probing for a key.
pub enum Probe {
    Found(usize),
    /// Candidates with the same hash whose keys need a (possibly re-entrant) equality check.
    Candidates(Vec<(usize, Value)>),
    Missing,
}

impl Table {
    pub fn new() -> Table {
        Table::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Looks `key` up. `native_eq` answers for keys whose equality cannot run Python code;
    /// it returns `None` when a comparison needs the VM, and then candidates are returned.
    pub fn probe(
        &self,
        key: &Value,
        hash: i64,
        native_eq: impl Fn(&Value, &Value) -> Option<bool>,
    ) -> Probe {
        if self.hash_bits & hash_bit(hash) == 0 {
            return Probe::Missing;
        }
        let mut candidates = Vec::new();
        for &i in self.index.iter_hash(spread(hash)) {
            let Some(e) = &self.entries[i] else { continue };
            if e.hash != hash {
                continue;
            }
            match native_eq(&e.key, key) {
                Some(true) => return Probe::Found(i),
                Some(false) => {}
                None => candidates.push((i, e.key.clone())),
            }
        }
        if candidates.is_empty() {
            Probe::Missing
        } else {
            Probe::Candidates(candidates)
        }
    }

    /// The slot of `key` when every key it could equal compares natively (no `__eq__` to
    /// run): `Some(None)` is a definite miss, `None` means the caller must take `probe`.
    #[inline]
    pub fn find_native(&self, key: &Value, hash: i64) -> Option<Option<usize>> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return Some(None);
        }
        let mut needs_vm = false;
        let entries = &self.entries;
        let found = self.index.find(spread(hash), |&i| {
            let Some(e) = &entries[i] else { return false };
            if e.hash != hash {
                return false;
            }
            let eq = match (&e.key, key) {
                (Value::Int(a), Value::Int(b)) => Some(a == b),
                (Value::Str(a), Value::Str(b)) => Some(std::rc::Rc::ptr_eq(a, b) || a.s == b.s),
                (a, b) => super::ops::native_eq(a, b),
            };
            match eq {
                Some(eq) => eq,
                None => {
                    needs_vm = true;
                    true
                }
            }
        });
        if needs_vm {
            return None;
        }
        Some(found.copied())
    }

    /// False when no key with this hash can be in the table (see `hash_bits`).
    #[inline(always)]
    pub fn may_contain(&self, hash: i64) -> bool {
        self.hash_bits & hash_bit(hash) != 0
    }

    /// The slot of a str key: pointer comparison first (names are shared, see
    /// `runtime::names`), then content. Other key types never equal a str natively.
    #[inline]
    pub fn find_str(&self, key: &std::rc::Rc<super::value::PyStr>, hash: i64) -> Option<usize> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        let entries = &self.entries;
        self.index
            .find(spread(hash), |&i| match &entries[i] {
                Some(e) if e.hash == hash => match &e.key {
                    Value::Str(s) => std::rc::Rc::ptr_eq(s, key) || s.s == key.s,
                    _ => false,
                },
                _ => false,
            })
            .copied()
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(Option::as_ref)
    }

    #[inline]
    pub fn entry_mut(&mut self, i: usize) -> Option<&mut Entry> {
        if self.class_dict {
            // Attribute caches may hold what a class attribute was (`attrcache`).
            super::attrcache::bump_class_epoch();
        }
        self.entries.get_mut(i).and_then(Option::as_mut)
    }

    /// Records that the set of keys changed.
    #[inline]
    fn keys_changed(&mut self) {
        self.version += 1;
        if self.class_dict {
            super::attrcache::bump_class_epoch();
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        crate::vm::limits::note_alloc(48);
        let i = self.entries.len();
        self.hash_bits |= hash_bit(hash);
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(spread(hash), i, |&j| {
            entries[j].as_ref().map_or(0, |e| spread(e.hash))
        });
        self.len += 1;
        self.keys_changed();
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(found) = self.index.find_entry(spread(e.hash), |&j| j == i) {
            found.remove();
        }
        self.len -= 1;
        self.keys_changed();
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    /// Drops the holes left by deletions (indices change: only done when not iterating by index
    /// across the call, which `version` lets iterators detect).
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            let hash = e.as_ref().map_or(0, |e| spread(e.hash));
            self.index.insert_unique(hash, i, |&j| {
                entries[j].as_ref().map_or(0, |e| spread(e.hash))
            });
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.hash_bits = 0;
        self.keys_changed();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Slot count including holes (iterators walk slots by position).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// Every key and value, consuming the table (used to drop without recursion).
    pub fn into_values(self) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.len * 2);
        for e in self.entries.into_iter().flatten() {
            out.push(e.key);
            out.push(e.value);
        }
        out
    }

    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(Option::is_some)?;
        self.remove_at(i)
    }
}
