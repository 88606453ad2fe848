//! `format(value, spec)`: the per-type `__format__` that f-strings, `format()` and `str.format`
//! all go through.

use super::{Vm, VmResult};
use crate::builtins::to_int;
use crate::runtime::errors::ExcKind;
use crate::runtime::format;
use crate::runtime::value::Value;

impl Vm {
    pub fn format(&mut self, v: &Value, spec: &str) -> VmResult<String> {
        let r = match v {
            Value::Str(s) => format::format_str(&s.s, spec),
            Value::PyBool(_) if spec.is_empty() => return self.str_of(v),
            Value::PyBool(_) => format::format_int_named(
                &to_int(v).unwrap_or(crate::runtime::num::Int::Small(0)),
                spec,
                "bool",
            ),
            Value::Int(_) | Value::BigInt(_) => format::format_int(
                &to_int(v).unwrap_or(crate::runtime::num::Int::Small(0)),
                spec,
            ),
            Value::PyFloat(f) => format::format_float(f.get(), spec),
            Value::Instance(_) => {
                if let Some(m) = self.getattr_opt(v, "__format__")? {
                    let r = self.call(&m, vec![Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s.s.as_str().to_owned()),
                        other => {
                            let t = self.types.name_of(&other);
                            self.err(
                                ExcKind::TypeError,
                                format!("__format__ must return a str, not {t}"),
                            )
                        }
                    };
                }
                return self.default_format(v, spec);
            }
            _ => return self.default_format(v, spec),
        };
        r.map_err(|e| self.raise(e))
    }

    /// `object.__format__`: only the empty spec is accepted.
    fn default_format(&mut self, v: &Value, spec: &str) -> VmResult<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        let t = self.types.name_of(v);
        self.err(
            ExcKind::TypeError,
            format!("unsupported format string passed to {t}.__format__"),
        )
    }

    /// `import name`: only allow-listed native modules exist.
    pub fn import(&mut self, name: &str) -> VmResult {
        if let Some((_, m)) = self.modules.iter().find(|(n, _)| n == name) {
            return Ok(m.clone());
        }
        if name.starts_with('.') {
            return self.err(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            );
        }
        match crate::modules::load(self, name) {
            Some(m) => {
                self.modules.push((name.to_string(), m.clone()));
                Ok(m)
            }
            None => {
                let top = name.split('.').next().unwrap_or(name);
                self.err(
                    ExcKind::ModuleNotFoundError,
                    format!("No module named '{top}'"),
                )
            }
        }
    }
}
