//! JSON ↔ values, for contexts given as JSON (`krait run --context ctx.json`).

use serde_json::Value as Json;

use super::value::{PyDict, Value};

/// Objects become dicts (key order kept), arrays lists, numbers int or float.
pub fn from_json(j: &Json) -> Value {
    match j {
        Json::Null => Value::None,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => match n.as_u64() {
                Some(u) => Value::bigint(num_bigint::BigInt::from(u)),
                None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
        },
        Json::String(s) => Value::str(s.as_str()),
        Json::Array(a) => Value::list(a.iter().map(from_json).collect()),
        Json::Object(o) => {
            let d = crate::runtime::gc::new(PyDict::new());
            for (k, v) in o {
                d.set_str(k, from_json(v));
            }
            Value::Dict(d)
        }
    }
}
