//! Identifier interning shared by every stage: the lexer interns names, later stages compare
//! `Name`s (a `u32` key) instead of strings.

use lasso::{Rodeo, Spur};

/// An interned identifier, attribute name or keyword-argument name.
pub type Name = Spur;

/// Owns the interned strings of one compilation. Thin wrapper so callers never depend on lasso's
/// API directly.
#[derive(Default, Debug)]
pub struct Interner {
    rodeo: Rodeo,
}

impl Interner {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn intern(&mut self, s: &str) -> Name {
        self.rodeo.get_or_intern(s)
    }

    pub fn lookup(&self, name: Name) -> &str {
        self.rodeo.resolve(&name)
    }

    pub fn get(&self, s: &str) -> Option<Name> {
        self.rodeo.get(s)
    }
}
