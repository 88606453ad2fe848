//! User classes and their instances: `__build_class__` (C3 linearisation), instantiation, and
//! the dunder protocols that native code and operators fall back to.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::Reentry;
use super::{Unwind, Vm, VmResult};
use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::runtime::attr::class_lookup;
use crate::runtime::errors::ExcKind;
use crate::runtime::types::is_subclass;
use crate::runtime::value::{
    Args, BoundMethod, Class, Instance, IterState, PyDict, PyStr, TypeTag, Value,
};

/// C3 linearisation of `bases` (the class itself excluded); `None` when inconsistent.
/// Built-in classes CPython refuses as bases.
const FINAL_TYPES: [&str; 10] = [
    "bool",
    "NoneType",
    "range",
    "slice",
    "function",
    "builtin_function_or_method",
    "generator",
    "memoryview",
    "ellipsis",
    "NotImplementedType",
];

/// The C3 linearisation of `bases`; on a conflict, the blocked heads (for the message).
fn c3(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.borrow().iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
        let Some(head) = head else {
            let mut blocked: Vec<Rc<Class>> = Vec::new();
            for s in &seqs {
                if !blocked.iter().any(|b| Rc::ptr_eq(b, &s[0])) {
                    blocked.push(s[0].clone());
                }
            }
            return Err(blocked);
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// Whether two bases extend different built-in layouts (`class X(int, list)`, a metaclass
/// that is also a `dict`, an exception that is also a `str`): CPython refuses those.
fn layout_conflict(bases: &[Rc<Class>]) -> bool {
    let layout = |c: &Rc<Class>| match super::subclass::builtin_base(c).tag {
        TypeTag::Object => None,
        TypeTag::Exception(_) => Some(TypeTag::Exception(ExcKind::BaseException)),
        TypeTag::Bool => Some(TypeTag::Int),
        tag => Some(tag),
    };
    let mut seen = None;
    for b in bases {
        match (seen, layout(b)) {
            (_, None) => {}
            (None, l) => seen = l,
            (Some(s), Some(l)) if s != l => return true,
            _ => {}
        }
    }
    false
}

fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// A classmethod read through its defining class is bound to that class; `__init_subclass__`
/// binds it to the new subclass instead.
fn rebind_classmethod(v: Value, owner: &Value) -> Value {
    match v {
        Value::BoundMethod(m) if matches!(m.receiver, Value::Class(_)) => Value::BoundMethod(
            crate::runtime::gc::new(crate::runtime::value::BoundMethod {
                receiver: owner.clone(),
                func: m.func.clone(),
            }),
        ),
        other => other,
    }
}

impl Vm {
    /// `type.__new__`: the class `name` with `ns` as its namespace (taken over, not copied),
    /// `meta` its metaclass (`None`: `type`), `kw` the class keywords for `__init_subclass__`.
    pub fn make_class(
        &mut self,
        name: Rc<PyStr>,
        mut bases: Vec<Rc<Class>>,
        ns: Rc<PyDict>,
        meta: Option<Rc<Class>>,
        kw: &[(Rc<PyStr>, Value)],
    ) -> VmResult {
        super::metaclass::check_meta_depth(self, meta.as_ref())?;
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                let msg = format!("duplicate base class {}", b.name.borrow().s);
                return self.err(ExcKind::TypeError, msg);
            }
        }
        if let Some(b) = bases.iter().find(|b| {
            b.builtin
                && (FINAL_TYPES.contains(&b.name.borrow().as_str())
                    || matches!(b.tag, TypeTag::Iterator | TypeTag::Code | TypeTag::Cell)
                    || Rc::ptr_eq(b, &self.types.traceback))
        }) {
            let msg = format!(
                "type '{}' is not an acceptable base type",
                b.name.borrow().s
            );
            return self.err(ExcKind::TypeError, msg);
        }
        if layout_conflict(&bases) {
            return self.err(
                ExcKind::TypeError,
                "multiple bases have instance lay-out conflict",
            );
        }
        let mro = match c3(&bases) {
            Ok(mro) => mro,
            Err(blocked) => {
                let names: Vec<String> = blocked
                    .iter()
                    .map(|b| b.name.borrow().s.as_str().to_owned())
                    .collect();
                return self.err(
                    ExcKind::TypeError,
                    format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                );
            }
        };
        let tag = mro
            .iter()
            .find(|c| c.tag != TypeTag::Object)
            .map_or(TypeTag::Object, |c| c.tag);
        let qualname = match ns.get_str("__qualname__") {
            Some(Value::Str(q)) => q,
            None => name.clone(),
            Some(other) => {
                let t = self.types.name_of(&other);
                let msg = format!("type __qualname__ must be a str, not {t}");
                return self.err(ExcKind::TypeError, msg);
            }
        };
        ns.del_str("__qualname__");
        // `type.__new__` fills these in when the body did not (a class statement's body sets
        // `__module__` first thing).
        if ns.get_str("__module__").is_none() {
            ns.set_str("__module__", Value::str("__main__"));
        }
        if ns.get_str("__doc__").is_none() {
            ns.set_str("__doc__", Value::None);
        }
        if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
            ns.set_str("__hash__", Value::None);
        }
        // `type.__new__` makes a plain `__init_subclass__` a classmethod.
        if let Some(f @ Value::Function(_)) = ns.get_str("__init_subclass__") {
            if let Some(cm) = self.builtins.get_str("classmethod") {
                let wrapped = self.call(&cm, vec![f])?;
                ns.set_str("__init_subclass__", wrapped);
            }
        }
        let cell = ns.get_str("__classcell__");
        ns.del_str("__classcell__");
        let getattribute =
            ns.get_str("__getattribute__").is_some() || mro.iter().any(|c| c.getattribute.get());
        ns.0.borrow_mut().class_dict = true;
        let class = crate::runtime::gc::new(Class {
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            bases,
            mro: RefCell::new(mro),
            dict: ns,
            tag,
            builtin: false,
            getattribute: std::cell::Cell::new(getattribute),
            meta,
        });
        if let Some(Value::Cell(c)) = cell {
            *c.0.borrow_mut() = Some(Value::Class(class.clone()));
        }
        self.set_names(&class)?;
        self.init_subclass(&class, kw)?;
        Ok(Value::Class(class))
    }

    /// `__init_subclass__` of the nearest base defining one, as `type.__new__` calls it
    /// (`super(cls, cls).__init_subclass__(**kw)`), bound to the new class. `object`'s does
    /// nothing and takes no keywords.
    fn init_subclass(&mut self, class: &Rc<Class>, kw: &[(Rc<PyStr>, Value)]) -> VmResult<()> {
        let mro = class.mro.borrow().clone();
        // `mro` holds the bases' linearization, without the class itself.
        let Some((base, hook)) = mro
            .iter()
            .filter(|b| !b.builtin)
            .find_map(|b| b.dict.get_str("__init_subclass__").map(|h| (b.clone(), h)))
        else {
            let owner = Value::Class(class.clone());
            let args = Args { pos: &[], kw };
            return super::metaclass::object_init_subclass(self, &Some(owner), args).map(drop);
        };
        let owner = Value::Class(class.clone());
        let bound = crate::builtins::wrappers::get(self, &hook, None, &base)?;
        self.call_kw(&rebind_classmethod(bound, &owner), vec![], kw.to_vec())
            .map(drop)
    }

    /// `__set_name__(owner, name)` for each attribute defined in the class body, as
    /// `type.__new__` does; properties learn the name their error messages use.
    fn set_names(&mut self, class: &Rc<Class>) -> VmResult<()> {
        for (key, value) in class.dict.items() {
            let Value::Str(name) = &key else { continue };
            if crate::builtins::wrappers::is_property(&value) {
                if let Value::Instance(p) = &value {
                    p.dict.set_str("__name__", key.clone());
                }
                continue;
            }
            let Value::Instance(inst) = &value else {
                continue;
            };
            if let Some(hook) = crate::runtime::attr::class_lookup(&inst.class, "__set_name__") {
                let owner = Value::Class(class.clone());
                self.call(&hook, vec![value.clone(), owner, Value::Str(name.clone())])?;
            }
        }
        Ok(())
    }

    /// Calling a class: built-in constructors, or `__new__` (the user's or the built-in one)
    /// then `__init__` when `__new__` returned an instance of the class.
    pub fn call_class(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kw: Vec<(Rc<PyStr>, Value)>,
    ) -> VmResult {
        if let Some(hook) = self.meta_call_hook(c)? {
            return self.call_kw(&hook, args, kw);
        }
        self.type_call(c, args, kw)
    }

    /// `type.__call__(c, *args, **kw)`: what calling a class does without a metaclass
    /// `__call__`.
    pub fn type_call(
        &mut self,
        c: &Rc<Class>,
        args: Vec<Value>,
        kw: Vec<(Rc<PyStr>, Value)>,
    ) -> VmResult {
        if c.builtin {
            return crate::builtins::construct(
                self,
                c,
                Args {
                    pos: &args,
                    kw: &kw,
                },
            );
        }
        if !matches!(
            c.tag,
            TypeTag::Object | TypeTag::Exception(_) | TypeTag::Type
        ) && !super::subclass::is_value_tag(c.tag)
        {
            let base = super::subclass::builtin_base(c);
            return self.err(
                ExcKind::TypeError,
                format!(
                    "subclassing '{}' is not supported by krait yet",
                    base.name.borrow().s
                ),
            );
        }
        let user_new = class_lookup(c, "__new__");
        let user_init = class_lookup(c, "__init__");
        let inst = match &user_new {
            Some(new) => {
                let new = match new {
                    Value::Instance(w) if crate::builtins::wrappers::is_wrapper(&w.class) => {
                        w.dict.get_str("__func__").unwrap_or(Value::None)
                    }
                    other => other.clone(),
                };
                let full = std::iter::once(Value::Class(c.clone()))
                    .chain(args.iter().cloned())
                    .collect();
                let inst = self.call_kw(&new, full, kw.clone())?;
                if !is_subclass(&self.types.of(&inst), c) {
                    return Ok(inst);
                }
                inst
            }
            None => {
                if (!args.is_empty() || !kw.is_empty())
                    && c.tag == TypeTag::Object
                    && user_init.is_none()
                {
                    return self.err(
                        ExcKind::TypeError,
                        format!("{}() takes no arguments", c.name.borrow().s),
                    );
                }
                self.new_instance(
                    c,
                    Args {
                        pos: &args,
                        kw: &kw,
                    },
                )?
            }
        };
        // A metaclass's instance is initialised by its own type's `__init__` (`type(...)`
        // may pick a more derived metaclass than the one called).
        let user_init = match &inst {
            Value::Class(made) if c.tag == TypeTag::Type => {
                made.meta.as_ref().and_then(|m| class_lookup(m, "__init__"))
            }
            _ => user_init,
        };
        let init = match user_init {
            Some(init) => Some(init),
            None => {
                let cls = self.types.of(&inst);
                if super::subclass::is_value_tag(cls.tag) {
                    super::subclass::own_dunder(cls.tag, "__init__")
                        .map(|(n, f)| self.native_method(&inst, n, f))
                } else {
                    None
                }
            }
        };
        if let Some(init) = init {
            let full = if matches!(init, Value::Builtin(_)) {
                args
            } else {
                std::iter::once(inst.clone()).chain(args).collect()
            };
            let r = self.call_kw(&init, full, kw)?;
            if !r.is_none() {
                let t = self.types.name_of(&r);
                return self.err(
                    ExcKind::TypeError,
                    format!("__init__() should return None, not '{t}'"),
                );
            }
        }
        Ok(inst)
    }

    /// A dunder defined by the (user) class of `obj`, bound to `obj`.
    pub fn special(&self, obj: &Value, name: &str) -> Option<Value> {
        let Value::Instance(i) = obj else {
            return super::metaclass::meta_special(obj, name);
        };
        let Some(f) = class_lookup(&i.class, name) else {
            return self.inner_special(obj, name);
        };
        Some(match f {
            Value::Function(_) => Value::BoundMethod(crate::runtime::gc::new(BoundMethod {
                receiver: obj.clone(),
                func: f,
            })),
            other => other,
        })
    }

    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> VmResult<Option<Value>> {
        match self.special(obj, name) {
            Some(m) => self.call(&m, args).map(Some),
            None => Ok(None),
        }
    }

    /// `call_special`, the re-entry into Python counted as a `why` level (see `Reentry`).
    pub fn call_special_as(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
        why: Reentry,
    ) -> VmResult<Option<Value>> {
        let Some(m) = self.special(obj, name) else {
            return Ok(None);
        };
        self.reentry = why;
        let r = self.call(&m, args);
        self.reentry = Reentry::Plain;
        r.map(Some)
    }

    pub fn call_instance(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kw: Vec<(Rc<PyStr>, Value)>,
    ) -> VmResult {
        match self.special(f, "__call__") {
            Some(m) => self.call_kw(&m, args, kw),
            // Since 3.10 a staticmethod object calls its function.
            None if matches!(f, Value::Instance(i) if i.class.builtin && i.class.name.borrow().as_str() == "staticmethod") =>
            {
                let func = match f {
                    Value::Instance(i) => i.dict.get_str("__func__").unwrap_or(Value::None),
                    _ => Value::None,
                };
                self.call_kw(&func, args, kw)
            }
            None => {
                let t = self.types.name_of(f);
                self.err(ExcKind::TypeError, format!("'{t}' object is not callable"))
            }
        }
    }

    pub fn instance_repr(&mut self, v: &Value) -> VmResult<String> {
        self.instance_repr_as(v, "__repr__")
    }

    /// `repr(v)`; `what` names the method in the error message (`str()` of an object
    /// without `__str__` reports `__str__`, as CPython's `object.__str__` does).
    fn instance_repr_as(&mut self, v: &Value, what: &str) -> VmResult<String> {
        if let Some(r) = self.generic_alias_repr(v)? {
            return Ok(r);
        }
        // `str()` falling back to `__repr__` is still CPython's `PyObject_Str` level.
        let why = if what == "__str__" {
            Reentry::Str
        } else {
            Reentry::Repr
        };
        if let Some(r) = self.call_special_as(v, "__repr__", vec![], why)? {
            let r = super::subclass::unwrap(&r);
            return match r {
                Value::Str(s) => Ok(s.s.as_str().to_owned()),
                other => {
                    let t = self.types.name_of(&other);
                    self.err(
                        ExcKind::TypeError,
                        format!("{what} returned non-string (type {t})"),
                    )
                }
            };
        }
        if let Some(st) = super::unwind::exc_state(v) {
            let args = st.borrow().args.clone();
            let name = self.types.name_of(v);
            return Ok(if args.len() == 1 {
                format!("{name}({})", self.repr(&args[0])?)
            } else {
                format!("{name}{}", self.repr(&Value::tuple(args))?)
            });
        }
        self.object_repr(v)
    }

    /// `object.__repr__`: `<__main__.C object at 0x...>`.
    pub fn object_repr(&mut self, v: &Value) -> VmResult<String> {
        let c = self.types.of(v);
        let id = match v {
            Value::Instance(i) => crate::runtime::repr::opaque_id(Rc::as_ptr(i) as usize),
            _ => String::new(),
        };
        let module = if c.builtin { "" } else { "__main__." };
        Ok(format!(
            "<{module}{} object at {id}>",
            c.qualname.borrow().s
        ))
    }

    pub fn instance_str(&mut self, v: &Value) -> VmResult<String> {
        if let Some(r) = self.call_special_as(v, "__str__", vec![], Reentry::Str)? {
            let r = super::subclass::unwrap(&r);
            return match r {
                Value::Str(s) => Ok(s.s.as_str().to_owned()),
                other => {
                    let t = self.types.name_of(&other);
                    self.err(
                        ExcKind::TypeError,
                        format!("__str__ returned non-string (type {t})"),
                    )
                }
            };
        }
        if let Some(st) = super::unwind::exc_state(v) {
            let args = st.borrow().args.clone();
            let key_error = is_subclass(&self.types.of(v), self.types.exc(ExcKind::KeyError));
            return match args.len() {
                0 => Ok(String::new()),
                1 if key_error => self.repr(&args[0]),
                1 => self.str_of(&args[0]),
                _ => self.repr(&Value::tuple(args)),
            };
        }
        self.instance_repr_as(v, "__str__")
    }

    /// Whether `b`'s class is a strict subclass of `a`'s overriding `name`: then `b`'s
    /// reflected method goes first.
    fn reflected_first(&self, a: &Value, b: &Value, name: &str) -> bool {
        match b {
            Value::Instance(y) => {
                let ta = self.types.of(a);
                if Rc::ptr_eq(&ta, &y.class) || !is_subclass(&y.class, &ta) {
                    return false;
                }
                match class_lookup(&y.class, name) {
                    Some(f) => class_lookup(&ta, name).is_none_or(|g| !g.is(&f)),
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// `a != b` with an instance on either side: `__ne__`, else the negated `__eq__`; the
    /// result is what the method returned (not necessarily a bool).
    pub fn instance_ne(&mut self, a: &Value, b: &Value) -> VmResult<Value> {
        let order = if self.reflected_first(a, b, "__ne__") || self.reflected_first(a, b, "__eq__")
        {
            [(b, a), (a, b)]
        } else {
            [(a, b), (b, a)]
        };
        for (x, y) in order {
            if let Some(r) = self.call_special(x, "__ne__", vec![y.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
                continue;
            }
            if let Some(r) = self.call_special(x, "__eq__", vec![y.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Value::Bool(!crate::runtime::ops::truthy(self, &r)?));
                }
            }
        }
        Ok(Value::Bool(!a.is(b)))
    }

    /// `a == b` with an instance on either side, returning what `__eq__` returned.
    pub fn instance_eq_value(&mut self, a: &Value, b: &Value) -> VmResult<Value> {
        let order = if self.reflected_first(a, b, "__eq__") {
            [(b, a), (a, b)]
        } else {
            [(a, b), (b, a)]
        };
        for (x, y) in order {
            if let Some(r) = self.call_special(x, "__eq__", vec![y.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        Ok(Value::Bool(a.is(b)))
    }

    pub fn instance_eq(&mut self, a: &Value, b: &Value) -> VmResult<bool> {
        let r = self.instance_eq_value(a, b)?;
        crate::runtime::ops::truthy(self, &r)
    }

    /// `hash(v)` for an instance of a sandbox class, or a class whose metaclass is one.
    pub fn hash_instance(&mut self, v: &Value) -> VmResult<i64> {
        let class = match v {
            Value::Instance(i) => i.class.clone(),
            Value::Class(c) => match &c.meta {
                Some(m) => m.clone(),
                None => return Ok(crate::runtime::ops::identity_hash(v)),
            },
            _ => return Ok(0),
        };
        {
            match class_lookup(&class, "__hash__") {
                Some(Value::None) => {
                    return self.err(
                        ExcKind::TypeError,
                        format!("unhashable type: '{}'", class.name.borrow().s),
                    );
                }
                Some(f) if !matches!(f, Value::Class(_)) => {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r {
                        Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                        Value::BigInt(b) => Ok(crate::runtime::ops::hash_bigint(&b)),
                        Value::PyBool(b) => Ok(i64::from(b.get())),
                        _ => self.err(
                            ExcKind::TypeError,
                            "__hash__ method should return an integer",
                        ),
                    };
                }
                _ => {}
            }
            let Value::Instance(i) = v else {
                return Ok(crate::runtime::ops::identity_hash(v));
            };
            if let Some(inner) = &i.inner {
                return match crate::runtime::ops::hash_native(inner) {
                    Some(Ok(h)) => Ok(h),
                    Some(Err(_)) => self.err(
                        ExcKind::TypeError,
                        format!("unhashable type: '{}'", class.name.borrow().s),
                    ),
                    None => crate::runtime::ops::hash(self, &inner.clone()),
                };
            }
            Ok((Rc::as_ptr(i) as usize >> 4) as i64)
        }
    }

    pub fn instance_truthy(&mut self, v: &Value) -> VmResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", vec![])? {
            return match r {
                Value::PyBool(b) => Ok(b.get()),
                other => {
                    let t = self.types.name_of(&other);
                    self.err(
                        ExcKind::TypeError,
                        format!("__bool__ should return bool, returned {t}"),
                    )
                }
            };
        }
        if self.special(v, "__len__").is_some() {
            // len()'s checks apply (negative or huge results are errors).
            return Ok(self.instance_len(v)? != 0);
        }
        Ok(true)
    }

    /// A dunder explicitly set to None in the class (`__iter__ = None`) disables the protocol.
    fn disabled(&self, obj: &Value, name: &str) -> bool {
        matches!(obj, Value::Instance(i) if matches!(class_lookup(&i.class, name), Some(Value::None)))
    }

    pub fn instance_contains(&mut self, container: &Value, item: &Value) -> VmResult<bool> {
        if self.disabled(container, "__contains__") {
            let t = self.types.name_of(container);
            return self.err(
                ExcKind::TypeError,
                format!("'{t}' object is not a container"),
            );
        }
        if let Some(r) = self.call_special(container, "__contains__", vec![item.clone()])? {
            return crate::runtime::ops::truthy(self, &r);
        }
        if self.special(container, "__iter__").is_none()
            && self.special(container, "__getitem__").is_none()
        {
            let t = self.types.name_of(container);
            return self.err(
                ExcKind::TypeError,
                format!("argument of type '{t}' is not iterable"),
            );
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || crate::runtime::ops::eq(self, &v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn instance_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> VmResult<Value> {
        let (name, reflected) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
        };
        // A subclass's reflected method goes first, as in CPython.
        let b_first = matches!((a, b), (Value::Instance(x), Value::Instance(y)) if !Rc::ptr_eq(&x.class, &y.class) && is_subclass(&y.class, &x.class));
        let order: [(&Value, &Value, &str); 2] = if b_first {
            [(b, a, reflected), (a, b, name)]
        } else {
            [(a, b, name), (b, a, reflected)]
        };
        for (x, y, n) in order {
            if let Some(r) = self.call_special(x, n, vec![y.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (ta, tb) = (self.types.name_of(a), self.types.name_of(b));
        self.err(
            ExcKind::TypeError,
            format!(
                "'{}' not supported between instances of '{ta}' and '{tb}'",
                op.symbol()
            ),
        )
    }

    /// `a.name(b)`, else `b.rname(a)` (the reflected one first when b's class is a subclass
    /// of a's that overrides it); `None` when both are missing or return NotImplemented.
    pub fn binary_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> VmResult<Option<Value>> {
        let b_first = self.reflected_first(a, b, rname);
        // The reflected method is never tried between two objects of the same type.
        let same = matches!((a, b), (Value::Instance(x), Value::Instance(y)) if Rc::ptr_eq(&x.class, &y.class));
        let order: [(&Value, &Value, &str); 2] = if b_first {
            [(b, a, rname), (a, b, name)]
        } else {
            [(a, b, name), (b, a, rname)]
        };
        for (x, y, n) in order.into_iter().take(if same { 1 } else { 2 }) {
            if let Some(r) = self.call_special(x, n, vec![y.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    pub fn binary_op_fallback(&mut self, op: BinOp, a: &Value, b: &Value) -> VmResult {
        let (name, rname, _) = binop_names(op);
        if let Some(r) = self.binary_dunder(a, b, name, rname)? {
            return Ok(r);
        }
        // Sequence repetition by an object with `__index__`.
        if op == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                )
            };
            for (seq, n, seq_first) in [(a, b, true), (b, a, false)] {
                if is_seq(seq) && matches!(n, Value::Instance(_)) {
                    if self.special(n, "__index__").is_none() {
                        let t = self.types.name_of(n);
                        return self.err(
                            ExcKind::TypeError,
                            format!("can't multiply sequence by non-int of type '{t}'"),
                        );
                    }
                    let k = Value::Int(self.to_index(n)?);
                    let (x, y) = if seq_first { (seq, &k) } else { (&k, seq) };
                    return crate::runtime::ops::binary_op(self, op, x, y);
                }
            }
        }
        let (ta, tb) = (self.types.name_of(a), self.types.name_of(b));
        let sym = if op == BinOp::Pow {
            "** or pow()".to_string()
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Add && matches!(a, Value::Str(_)) && !matches!(b, Value::Instance(_)) {
            return self.err(
                ExcKind::TypeError,
                format!("can only concatenate str (not \"{tb}\") to str"),
            );
        }
        if op == BinOp::Add && matches!(a, Value::Bytes(_)) && !matches!(b, Value::Instance(_)) {
            return self.err(ExcKind::TypeError, format!("can't concat {tb} to bytes"));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) && !matches!(b, Value::Instance(_)) {
            return self.err(
                ExcKind::TypeError,
                format!("can only concatenate list (not \"{tb}\") to list"),
            );
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) && !matches!(b, Value::Instance(_)) {
            return self.err(
                ExcKind::TypeError,
                format!("can only concatenate tuple (not \"{tb}\") to tuple"),
            );
        }
        if op == BinOp::Mul
            && matches!(
                (a, b),
                (
                    Value::Str(_) | Value::List(_) | Value::Tuple(_),
                    Value::PyFloat(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_)
                )
            )
        {
            return self.err(
                ExcKind::TypeError,
                format!("can't multiply sequence by non-int of type '{tb}'"),
            );
        }
        self.err(
            ExcKind::TypeError,
            format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"),
        )
    }

    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> VmResult {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                if let Value::List(_)
                | Value::Tuple(_)
                | Value::Set(_)
                | Value::Dict(_)
                | Value::Str(_)
                | Value::Range(_)
                | Value::Iterator(_)
                | Value::Generator(_) = b
                {
                    let items = self.collect(b)?;
                    l.0.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
            }
            (BinOp::Mul, Value::List(l)) if matches!(b, Value::Int(_) | Value::PyBool(_)) => {
                let r = crate::runtime::ops::binary_op(self, op, a, b)?;
                if let Value::List(new) = r {
                    let items = std::mem::take(&mut *new.0.borrow_mut());
                    *l.0.borrow_mut() = items;
                }
                return Ok(a.clone());
            }
            (BinOp::Or, Value::Dict(d)) => {
                // `d |= x` accepts whatever `d.update(x)` does, pairs included.
                crate::builtins::methods::dict_update_from(self, d, b)?;
                return Ok(a.clone());
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Value::Set(s))
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                let r = crate::runtime::ops::binary_op(self, op, a, b)?;
                if let Value::Set(new) = r {
                    let t = new.0.borrow().clone();
                    *s.0.borrow_mut() = t;
                }
                return Ok(a.clone());
            }
            _ => {}
        }
        if let Value::Instance(_) = a {
            let (_, _, iname) = binop_names(op);
            if let Some(r) = self.call_special(a, iname, vec![b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match crate::runtime::ops::binary_op(self, op, a, b) {
            Err(Unwind::Exc(e))
                if op != BinOp::Pow
                    && self.types.of(&e).tag == TypeTag::Exception(ExcKind::TypeError) =>
            {
                let msg = self.str_of(&e).unwrap_or_default();
                let fixed = msg.replace(
                    &format!("for {}:", op.symbol()),
                    &format!("for {}=:", op.symbol()),
                );
                self.err(ExcKind::TypeError, fixed)
            }
            other => other,
        }
    }

    pub fn unary_op_fallback(&mut self, op: UnOp, v: &Value) -> VmResult {
        let (name, sym) = match op {
            UnOp::Neg => ("__neg__", "-"),
            UnOp::Pos => ("__pos__", "+"),
            UnOp::Invert => ("__invert__", "~"),
            UnOp::Not => ("__bool__", "not"),
        };
        if let Some(r) = self.call_special(v, name, vec![])? {
            return Ok(r);
        }
        let t = self.types.name_of(v);
        self.err(
            ExcKind::TypeError,
            format!("bad operand type for unary {sym}: '{t}'"),
        )
    }

    /// Whether `v`'s type takes part in iteration at all (CPython: `tp_iter` or the sequence
    /// protocol). Unpacking and `*x` name the value in their message when it does not, and
    /// let the error of a failing `__iter__` through when it does.
    pub fn is_iterable_type(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Iterator(_)
            | Value::Generator(_)
            | Value::DictView(_) => true,
            Value::Instance(_) | Value::Class(_) => {
                self.special(v, "__iter__").is_some() || self.special(v, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    pub fn instance_iter(&mut self, v: &Value) -> VmResult {
        if self.disabled(v, "__iter__") {
            let t = self.types.name_of(v);
            return self.err(ExcKind::TypeError, format!("'{t}' object is not iterable"));
        }
        if let Some(r) = self.call_special(v, "__iter__", vec![])? {
            if !matches!(r, Value::Iterator(_) | Value::Generator(_))
                && self.special(&r, "__next__").is_none()
            {
                let t = self.types.name_of(&r);
                return self.err(
                    ExcKind::TypeError,
                    format!("iter() returned non-iterator of type '{t}'"),
                );
            }
            return Ok(r);
        }
        if self.special(v, "__getitem__").is_some() {
            return Ok(crate::runtime::iter::new_iter(IterState::GetItem {
                obj: v.clone(),
                index: 0,
            }));
        }
        let t = self.types.name_of(v);
        self.err(ExcKind::TypeError, format!("'{t}' object is not iterable"))
    }

    pub fn instance_next(&mut self, v: &Value) -> VmResult<Option<Value>> {
        match self.call_special(v, "__next__", vec![]) {
            Ok(Some(r)) => Ok(Some(r)),
            Ok(None) => {
                let t = self.types.name_of(v);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object is not an iterator"),
                )
            }
            Err(Unwind::Exc(e))
                if self.types.of(&e).tag == TypeTag::Exception(ExcKind::StopIteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Old-style iteration: `obj[index]`, ending at IndexError or StopIteration.
    pub fn getitem_protocol(&mut self, obj: &Value, index: i64) -> VmResult<Option<Value>> {
        match self.getitem(obj, &Value::Int(index)) {
            Ok(v) => Ok(Some(v)),
            Err(Unwind::Exc(e))
                if matches!(
                    self.types.of(&e).tag,
                    TypeTag::Exception(ExcKind::IndexError | ExcKind::StopIteration)
                ) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    pub fn instance_getitem(&mut self, obj: &Value, key: &Value) -> VmResult {
        match self.call_special(obj, "__getitem__", vec![key.clone()])? {
            Some(v) => Ok(v),
            None => {
                let t = self.types.name_of(obj);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object is not subscriptable"),
                )
            }
        }
    }

    pub fn instance_setitem(&mut self, obj: &Value, key: Value, value: Value) -> VmResult<()> {
        match self.call_special(obj, "__setitem__", vec![key, value])? {
            Some(_) => Ok(()),
            // CPython's type has one slot for both: defining either method fills it, and the
            // missing one is then an AttributeError naming it.
            None if self.special(obj, "__delitem__").is_some() => {
                self.err(ExcKind::AttributeError, "__setitem__")
            }
            None => {
                let t = self.types.name_of(obj);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object does not support item assignment"),
                )
            }
        }
    }

    pub fn instance_delitem(&mut self, obj: &Value, key: &Value) -> VmResult<()> {
        match self.call_special(obj, "__delitem__", vec![key.clone()])? {
            Some(_) => Ok(()),
            None if self.special(obj, "__setitem__").is_some() => {
                self.err(ExcKind::AttributeError, "__delitem__")
            }
            None => {
                let t = self.types.name_of(obj);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object doesn't support item deletion"),
                )
            }
        }
    }

    pub fn instance_index(&mut self, v: &Value) -> VmResult<i64> {
        match self.call_special(v, "__index__", vec![])? {
            Some(Value::Int(i)) => Ok(i),
            Some(Value::PyBool(b)) => Ok(i64::from(b.get())),
            Some(other) => {
                let t = self.types.name_of(&other);
                self.err(
                    ExcKind::TypeError,
                    format!("__index__ returned non-int (type {t})"),
                )
            }
            None => {
                let t = self.types.name_of(v);
                self.err(
                    ExcKind::TypeError,
                    format!("'{t}' object cannot be interpreted as an integer"),
                )
            }
        }
    }

    /// `len(v)` for instances.
    pub fn instance_len(&mut self, v: &Value) -> VmResult<i64> {
        match self.call_special(v, "__len__", vec![])? {
            Some(r) => {
                // len() checks the sign first, then converts with OverflowError (indexing
                // uses IndexError).
                if let Value::BigInt(b) = super::subclass::unwrap(&r) {
                    if b.sign() == num_bigint::Sign::Minus {
                        return self.err(ExcKind::ValueError, "__len__() should return >= 0");
                    }
                    let msg = "cannot fit 'int' into an index-sized integer";
                    return self.err(ExcKind::OverflowError, msg);
                }
                let n = self.to_index(&r)?;
                if n < 0 {
                    return self.err(ExcKind::ValueError, "__len__() should return >= 0");
                }
                Ok(n)
            }
            None => {
                let t = self.types.name_of(v);
                self.err(
                    ExcKind::TypeError,
                    format!("object of type '{t}' has no len()"),
                )
            }
        }
    }

    /// `{**m}` and `f(**m)`: copies a mapping into `d` (`strict`: duplicates are an error).
    pub fn dict_merge(&mut self, d: &Rc<PyDict>, m: &Value, strict: bool) -> VmResult<()> {
        let entries: Vec<(Value, Value)> = match m {
            Value::Dict(src) => src
                .0
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => {
                let keys = match self.getattr_opt(m, "keys")? {
                    Some(k) => self.call(&k, vec![])?,
                    None => {
                        let t = self.types.name_of(m);
                        return self
                            .err(ExcKind::TypeError, format!("'{t}' object is not a mapping"));
                    }
                };
                let keys = self.collect(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in entries {
            if strict {
                if !matches!(k, Value::Str(_)) {
                    return self.err(ExcKind::TypeError, "keywords must be strings");
                }
                if crate::runtime::ops::dict_get(self, d, &k)?.is_some() {
                    let key = k.as_str().unwrap_or("").to_string();
                    return self.err(
                        ExcKind::TypeError,
                        format!("got multiple values for keyword argument '{key}'"),
                    );
                }
            }
            crate::runtime::ops::dict_set(self, d, k, v)?;
        }
        Ok(())
    }
}

impl Vm {
    /// `super()` (from the calling frame's `__class__` cell and first argument) or
    /// `super(cls, obj)`.
    pub fn make_super(&mut self, a: Args) -> VmResult {
        let (class, obj) = match a.pos.len() {
            2 => match &a.pos[0] {
                Value::Class(c) => (c.clone(), a.pos[1].clone()),
                other => {
                    let t = self.types.name_of(other);
                    return self.err(
                        ExcKind::TypeError,
                        format!("super() argument 1 must be a type, not {t}"),
                    );
                }
            },
            0 => {
                let Some(frame) = self.frames.last() else {
                    return self.err(ExcKind::RuntimeError, "super(): no current frame");
                };
                let code = frame.code().clone();
                if code.argcount == 0 {
                    return self.err(ExcKind::RuntimeError, "super(): no arguments");
                }
                let ncells = code.cellvars.len();
                let class = code
                    .freevars
                    .iter()
                    .position(|n| &**n == "__class__")
                    .and_then(|i| frame.cells().get(ncells + i))
                    .and_then(|c| c.0.borrow().clone());
                let Some(Value::Class(class)) = class else {
                    return self.err(ExcKind::RuntimeError, "super(): __class__ cell not found");
                };
                if code.argcount == 0 {
                    return self.err(ExcKind::RuntimeError, "super(): no arguments");
                }
                let first = match code.cell_params.iter().find(|(slot, _)| *slot == 0) {
                    Some((_, cell)) => frame.cells()[*cell as usize]
                        .0
                        .borrow()
                        .clone()
                        .unwrap_or(Value::None),
                    None => self.stack[frame.base].clone(),
                };
                (class, first)
            }
            _ => return self.err(ExcKind::TypeError, "super() takes 0 or 2 arguments"),
        };
        // CPython's `supercheck`: a subclass of `class` is searched itself (class binding);
        // anything else, a class among them when its metaclass derives from `class`, through
        // its type.
        let start = match &obj {
            Value::Class(c) if is_subclass(c, &class) => c.clone(),
            other => self.types.of(other),
        };
        if !is_subclass(&start, &class) {
            return self.err(
                ExcKind::TypeError,
                "super(type, obj): obj must be an instance or subtype of type",
            );
        }
        let super_class = match self.builtins.get_str("super") {
            Some(Value::Class(c)) => c,
            _ => return self.err(ExcKind::RuntimeError, "super is unavailable"),
        };
        let inst = crate::runtime::gc::new(Instance {
            class: super_class,
            dict: crate::runtime::gc::new(PyDict::new()),
            exc: None,
            inner: None,
        });
        inst.dict.set_str("__thisclass__", Value::Class(class));
        inst.dict.set_str("__self__", obj);
        inst.dict.set_str("__self_class__", Value::Class(start));
        Ok(Value::Instance(inst))
    }
}
