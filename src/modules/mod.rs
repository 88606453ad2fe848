//! Native modules. `ALLOWED` is the import allow-list: a module exists for a snippet exactly
//! when it is listed here or the host registered it (`api::NativeModule`, through
//! `Vm::add_module`).

pub mod math;

use std::rc::Rc;

use crate::runtime::value::{Builtin, Module, NativeFn, PyDict, PyStr, Value};
use crate::vm::Vm;

/// Fills a module's namespace.
pub type Register = fn(&ModuleBuilder);

/// (module name, builder) — the single registration list.
pub const ALLOWED: &[(&str, Register)] = &[("math", math::register)];

pub struct ModuleBuilder {
    pub dict: Rc<PyDict>,
}

impl ModuleBuilder {
    pub fn func(&self, name: &'static str, func: NativeFn) {
        self.dict.set_str(
            name,
            Value::Builtin(crate::runtime::gc::new(Builtin {
                name,
                func,
                bound: None,
                owner: None,
            })),
        );
    }

    pub fn value(&self, name: &str, v: Value) {
        self.dict.set_str(name, v);
    }
}

pub fn load(_vm: &mut Vm, name: &str) -> Option<Value> {
    let (_, register) = ALLOWED.iter().find(|(n, _)| *n == name)?;
    let b = ModuleBuilder {
        dict: crate::runtime::gc::new(PyDict::new()),
    };
    register(&b);
    Some(Value::Module(crate::runtime::gc::new(Module {
        name: Rc::new(PyStr::new(name)),
        dict: b.dict,
    })))
}

impl Vm {
    /// Makes `module` what `import name` yields from now on: host modules go straight into the
    /// import cache, ahead of (and replacing) any module of that name.
    pub fn add_module(&mut self, name: &str, module: Value) {
        match self.modules.iter_mut().find(|(n, _)| n == name) {
            Some(entry) => entry.1 = module,
            None => self.modules.push((name.to_string(), module)),
        }
    }
}
