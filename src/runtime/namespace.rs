//! The layered namespace chain that global names resolve through: the scratch layer (writes),
//! the host's layers (read-only unless marked writable), then builtins. Functions keep an `Rc`
//! to the chain they were defined in, so closures and comprehensions see the same names.

use std::rc::Rc;

use super::value::PyDict;

pub struct Layer {
    pub dict: Rc<PyDict>,
    pub writable: bool,
}

pub struct Globals {
    pub scratch: Rc<PyDict>,
    pub layers: Vec<Layer>,
    pub builtins: Rc<PyDict>,
}

impl Globals {
    /// Where top-level stores, `global` stores and `del` go: the first host layer marked
    /// writable, else the scratch layer.
    pub fn store_target(&self) -> &Rc<PyDict> {
        self.layers
            .iter()
            .find(|l| l.writable)
            .map_or(&self.scratch, |l| &l.dict)
    }
}
