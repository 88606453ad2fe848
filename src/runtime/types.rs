//! The built-in classes (`int`, `str`, `list`, the exception hierarchy, ...) as class objects,
//! and `type(x)` for any value.

use std::cell::RefCell;
use std::rc::Rc;

use super::errors::ExcKind;
use super::value::{Class, PyDict, PyStr, TypeTag, Value};

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub iterator: Rc<Class>,
    /// The iterator types by name (`list_iterator`, `zip`, `reversed`, ...), created on first
    /// use: krait's iterators are one value type whose state says what they iterate.
    iterator_kinds: RefCell<Vec<Rc<Class>>>,
    pub dict_keys: Rc<Class>,
    pub mappingproxy: Rc<Class>,
    pub traceback: Rc<Class>,
    pub generic_alias: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub generator: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    exceptions: Vec<Rc<Class>>,
}

/// A built-in class. `mro` holds the bases in resolution order, without the class itself (a
/// class listing itself would be an `Rc` cycle).
pub fn builtin_class(name: &str, tag: TypeTag, base: Option<&Rc<Class>>) -> Rc<Class> {
    let mut mro = Vec::new();
    if let Some(b) = base {
        mro.push(b.clone());
        mro.extend(b.mro.borrow().iter().cloned());
    }
    let dict = crate::runtime::gc::new(PyDict::new());
    dict.0.borrow_mut().class_dict = true;
    crate::runtime::gc::new(Class {
        name: RefCell::new(Rc::new(PyStr::new(name))),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        bases: base.into_iter().cloned().collect(),
        mro: RefCell::new(mro),
        dict,
        tag,
        builtin: true,
        getattribute: std::cell::Cell::new(false),
        meta: None,
    })
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let object = builtin_class("object", TypeTag::Object, None);
        let o = Some(&object);
        let int = builtin_class("int", TypeTag::Int, o);
        // Bases first: a class is built after the one it derives from.
        let mut built: Vec<Option<Rc<Class>>> = vec![None; ExcKind::ALL.len()];
        fn build(
            kind: ExcKind,
            built: &mut Vec<Option<Rc<Class>>>,
            object: &Rc<Class>,
        ) -> Rc<Class> {
            if let Some(c) = &built[kind as usize] {
                return c.clone();
            }
            let base = match kind.base() {
                Some(b) => build(b, built, object),
                None => object.clone(),
            };
            let c = builtin_class(kind.name(), TypeTag::Exception(kind), Some(&base));
            built[kind as usize] = Some(c.clone());
            c
        }
        let exceptions: Vec<Rc<Class>> = ExcKind::ALL
            .iter()
            .map(|&k| build(k, &mut built, &object))
            .collect();
        Types {
            type_: builtin_class("type", TypeTag::Type, o),
            none: builtin_class("NoneType", TypeTag::NoneType, o),
            not_implemented: builtin_class("NotImplementedType", TypeTag::NotImplementedType, o),
            ellipsis: builtin_class("ellipsis", TypeTag::Ellipsis, o),
            bool_: builtin_class("bool", TypeTag::Bool, Some(&int)),
            float: builtin_class("float", TypeTag::Float, o),
            str_: builtin_class("str", TypeTag::Str, o),
            bytes: builtin_class("bytes", TypeTag::Bytes, o),
            list: builtin_class("list", TypeTag::List, o),
            tuple: builtin_class("tuple", TypeTag::Tuple, o),
            dict: builtin_class("dict", TypeTag::Dict, o),
            set: builtin_class("set", TypeTag::Set, o),
            frozenset: builtin_class("frozenset", TypeTag::FrozenSet, o),
            range: builtin_class("range", TypeTag::Range, o),
            slice: builtin_class("slice", TypeTag::Slice, o),
            function: builtin_class("function", TypeTag::Function, o),
            builtin_function: builtin_class(
                "builtin_function_or_method",
                TypeTag::BuiltinFunction,
                o,
            ),
            method: builtin_class("method", TypeTag::Method, o),
            module: builtin_class("module", TypeTag::Module, o),
            iterator: builtin_class("iterator", TypeTag::Iterator, o),
            dict_keys: builtin_class("dict_keys", TypeTag::Iterator, o),
            mappingproxy: builtin_class("mappingproxy", TypeTag::Iterator, o),
            traceback: builtin_class("traceback", TypeTag::Object, o),
            generic_alias: builtin_class("GenericAlias", TypeTag::Object, o),
            dict_values: builtin_class("dict_values", TypeTag::Iterator, o),
            dict_items: builtin_class("dict_items", TypeTag::Iterator, o),
            generator: builtin_class("generator", TypeTag::Generator, o),
            code: builtin_class("code", TypeTag::Code, o),
            cell: builtin_class("cell", TypeTag::Cell, o),
            iterator_kinds: RefCell::new(Vec::new()),
            int,
            exceptions,
            object,
        }
    }

    pub fn exc(&self, kind: ExcKind) -> &Rc<Class> {
        &self.exceptions[kind as usize]
    }

    pub fn exception_classes(&self) -> &[Rc<Class>] {
        &self.exceptions
    }

    fn iterator_class(&self, name: &str) -> Rc<Class> {
        if name == "iterator" {
            return self.iterator.clone();
        }
        let mut kinds = self.iterator_kinds.borrow_mut();
        if let Some(c) = kinds.iter().find(|c| c.name.borrow().as_str() == name) {
            return c.clone();
        }
        let c = builtin_class(name, TypeTag::Iterator, Some(&self.object));
        kinds.push(c.clone());
        c
    }

    /// `type(v)`.
    pub fn of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::None | Value::Null | Value::Host(_) => self.none.clone(),
            Value::NotImplemented => self.not_implemented.clone(),
            Value::Ellipsis => self.ellipsis.clone(),
            Value::PyBool(_) => self.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::PyFloat(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::Bytes(_) => self.bytes.clone(),
            Value::List(_) => self.list.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(_) => self.set.clone(),
            Value::FrozenSet(_) => self.frozenset.clone(),
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Builtin(_) => self.builtin_function.clone(),
            Value::BoundMethod(_) => self.method.clone(),
            Value::Class(c) => c.meta.clone().unwrap_or_else(|| self.type_.clone()),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => self.module.clone(),
            Value::Iterator(it) => self.iterator_class(super::iter::iter_type_name(it)),
            Value::Generator(_) => self.generator.clone(),
            Value::DictView(v) => match v.kind {
                super::value::DictIterKind::Keys => self.dict_keys.clone(),
                super::value::DictIterKind::Values => self.dict_values.clone(),
                super::value::DictIterKind::Items => self.dict_items.clone(),
                super::value::DictIterKind::Proxy => self.mappingproxy.clone(),
            },
            Value::Code(_) => self.code.clone(),
            Value::Cell(_) => self.cell.clone(),
        }
    }

    /// `type(v).__name__`, for messages.
    pub fn name_of(&self, v: &Value) -> String {
        match v {
            Value::Iterator(it) => super::iter::iter_type_name(it).to_string(),
            Value::DictView(v) => match v.kind {
                super::value::DictIterKind::Keys => "dict_keys".into(),
                super::value::DictIterKind::Values => "dict_values".into(),
                super::value::DictIterKind::Items => "dict_items".into(),
                super::value::DictIterKind::Proxy => "mappingproxy".into(),
            },
            _ => self.of(v).name.borrow().as_str().to_string(),
        }
    }
}

/// `issubclass(a, b)`.
pub fn is_subclass(a: &Rc<Class>, b: &Rc<Class>) -> bool {
    Rc::ptr_eq(a, b) || a.mro.borrow().iter().any(|c| Rc::ptr_eq(c, b))
}
