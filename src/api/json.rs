//! `serde_json::Value` both ways, and a serde bridge for the host's own types (through JSON's
//! data model: null, bool, numbers, str, lists, str-keyed dicts).

use serde_json::Value as Json;

use super::convert::{FromPy, IntoPy};
use super::error::Error;
use super::object::{type_name, Object};
use crate::runtime::value::Value;

/// Nesting deeper than this is refused (a self-containing list would otherwise never end).
const MAX_DEPTH: usize = 1000;

impl IntoPy for Json {
    /// Objects become dicts (key order kept), arrays lists, numbers int or float.
    fn into_py(self) -> Object {
        (&self).into_py()
    }
}

impl IntoPy for &Json {
    fn into_py(self) -> Object {
        Object(crate::stack::deep(|| crate::runtime::json::from_json(self)))
    }
}

impl FromPy for Json {
    /// Accepts what Python's `json.dumps` accepts (int/float/bool/None dict keys become
    /// strings); anything else is a `TypeError`, NaN and infinities a `ValueError`.
    fn from_py(obj: &Object) -> Result<Self, Error> {
        to_json(&obj.0)
    }
}

/// Python value → JSON.
pub(crate) fn to_json(v: &Value) -> Result<Json, Error> {
    to_json_at(v, 0)
}

fn to_json_at(v: &Value, depth: usize) -> Result<Json, Error> {
    if depth > MAX_DEPTH {
        return Err(Error::exception(
            "RecursionError",
            "maximum recursion depth exceeded while encoding a JSON object",
        ));
    }
    Ok(match v {
        Value::None => Json::Null,
        Value::PyBool(b) => Json::Bool(b.get()),
        Value::Int(i) => Json::from(*i),
        Value::BigInt(b) => big_to_json(b)?,
        Value::PyFloat(f) => serde_json::Number::from_f64(f.get())
            .map(Json::Number)
            .ok_or_else(|| {
                Error::value_error("Out of range float values are not JSON compliant")
            })?,
        Value::Str(s) => Json::String(s.as_str().to_string()),
        Value::List(_) | Value::Tuple(_) => {
            let items = match v {
                Value::List(l) => l.0.borrow().clone(),
                Value::Tuple(t) => t.0.to_vec(),
                _ => Vec::new(),
            };
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(crate::stack::deep(|| to_json_at(item, depth + 1))?);
            }
            Json::Array(out)
        }
        Value::Dict(d) => {
            let mut out = serde_json::Map::new();
            for (k, item) in d.items() {
                let key = json_key(&k)?;
                out.insert(key, crate::stack::deep(|| to_json_at(&item, depth + 1))?);
            }
            Json::Object(out)
        }
        other => {
            return Err(Error::type_error(format!(
                "Object of type {} is not JSON serializable",
                type_name(other)
            )))
        }
    })
}

fn big_to_json(b: &num_bigint::BigInt) -> Result<Json, Error> {
    use num_traits::ToPrimitive;
    b.to_u64().map(Json::from).ok_or_else(|| {
        Error::exception("OverflowError", "int too large to convert to a JSON number")
    })
}

/// A dict key as JSON has it: str as is; int, float, bool and None as `json.dumps` spells them.
fn json_key(k: &Value) -> Result<String, Error> {
    Ok(match k {
        Value::Str(s) => s.as_str().to_string(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::PyBool(b) => (if b.get() { "true" } else { "false" }).to_string(),
        Value::None => "null".to_string(),
        Value::PyFloat(f) => crate::pyrepr::float_repr(f.get()),
        other => {
            return Err(Error::type_error(format!(
                "keys must be str, int, float, bool or None, not {}",
                type_name(other)
            )))
        }
    })
}

/// Converts any `serde::Serialize` host value (through JSON's data model).
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Point { x: i64, y: i64 }
/// let p = krait::to_object(&Point { x: 1, y: 2 })?;
/// let back: std::collections::BTreeMap<String, i64> = p.extract()?;
/// assert_eq!(back["y"], 2);
/// # Ok::<(), krait::Error>(())
/// ```
pub fn to_object<T: serde::Serialize + ?Sized>(value: &T) -> Result<Object, Error> {
    let j = serde_json::to_value(value).map_err(|e| Error::value_error(e.to_string()))?;
    Ok(j.into_py())
}

/// Converts a Python value into any `serde::Deserialize` host type (through JSON's data
/// model); a shape mismatch is a `ValueError` with serde's message.
pub fn from_object<T: serde::de::DeserializeOwned>(obj: &Object) -> Result<T, Error> {
    let j = to_json(&obj.0)?;
    serde_json::from_value(j).map_err(|e| Error::value_error(e.to_string()))
}

/// A host type carried through serde, usable as a typed host-function argument or with
/// [`Object::extract`]: `|cfg: Serde<MyConfig>| ...`.
#[derive(Debug, Clone, PartialEq)]
pub struct Serde<T>(pub T);

impl<T: serde::de::DeserializeOwned> FromPy for Serde<T> {
    fn from_py(obj: &Object) -> Result<Self, Error> {
        from_object(obj).map(Serde)
    }
}
