//! The dispatch loop. One `run_frame` call executes the frame on top until it calls or returns
//! (Python-to-Python calls push a frame and come back here, never recursing in Rust), raises,
//! or returns to the caller that started `run`. Arms stay short: semantics live in runtime/.

use std::rc::Rc;

use super::unwind::exc_state;
use super::{Unwind, Vm, VmResult};
use crate::bytecode::{BinOp, Conv, Instr};
use crate::runtime::attrcache::ClassAttr;
use crate::runtime::errors::ExcKind;
use crate::runtime::ops;
use crate::runtime::value::{CodeValue, Function, Instance, PyCell, PyDict, PySet, PyStr, Value};

/// `obj.name` for an instance of a sandbox class whose chain has no attribute of that name
/// and no hooks: the instance dict's entry (None: take the general path).
#[inline(always)]
fn instance_attr(obj: &Value, cv: &CodeValue, n: usize) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    if let Some(slot) = cv.attr_cache[n].dict_slot(&inst.class) {
        if inst.exc.is_none() {
            if let Some(v) = inst.dict.get_at_slot(slot, &cv.names[n]) {
                return Some(v);
            }
        }
    }
    instance_attr_slow(inst, cv, n)
}

#[inline(never)]
fn instance_attr_slow(inst: &Rc<Instance>, cv: &CodeValue, n: usize) -> Option<Value> {
    if inst.class.builtin || inst.exc.is_some() {
        return None;
    }
    let cache = &cv.attr_cache[n];
    if cache.dunder {
        return None;
    }
    let name = &cv.names[n];
    match cache.lookup(&inst.class, name)? {
        ClassAttr::Absent => inst.dict.get_name_hinted(name, &cache.slot),
        ClassAttr::Found(_) => None,
    }
}

/// `obj.name(...)` on an instance of a sandbox class: the plain function the class chain
/// holds, when the instance dict does not shadow it and no hook intervenes (None: take
/// `load_method`).
#[inline(always)]
fn instance_method(obj: &Value, cv: &CodeValue, n: usize) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    if inst.exc.is_none() {
        if let Some(f) = cv.attr_cache[n].method(&inst.class) {
            if !inst.dict.contains_name(&cv.names[n]) {
                return Some(Value::Function(f));
            }
        }
    }
    instance_method_slow(inst, cv, n)
}

#[inline(never)]
fn instance_method_slow(inst: &Rc<Instance>, cv: &CodeValue, n: usize) -> Option<Value> {
    if inst.class.builtin || inst.exc.is_some() || inst.class.uses_getattribute() {
        return None;
    }
    let name = &cv.names[n];
    match cv.attr_cache[n].lookup(&inst.class, name)? {
        ClassAttr::Found(f @ Value::Function(_)) if !inst.dict.contains_name(name) => Some(f),
        _ => None,
    }
}

/// `obj.name = v` under the same conditions; gives `v` back when the general path must run.
#[inline(always)]
fn store_instance_attr(obj: &Value, cv: &CodeValue, n: usize, v: Value) -> Result<(), Value> {
    let Value::Instance(inst) = obj else {
        return Err(v);
    };
    let v = match cv.attr_cache[n].dict_slot(&inst.class) {
        Some(slot) if inst.exc.is_none() => match inst.dict.set_at_slot(slot, &cv.names[n], v) {
            Ok(()) => return Ok(()),
            Err(v) => v,
        },
        _ => v,
    };
    store_instance_attr_slow(inst, cv, n, v)
}

#[inline(never)]
fn store_instance_attr_slow(
    inst: &Rc<Instance>,
    cv: &CodeValue,
    n: usize,
    v: Value,
) -> Result<(), Value> {
    if inst.class.builtin || inst.exc.is_some() {
        return Err(v);
    }
    let cache = &cv.attr_cache[n];
    if cache.dunder {
        // `__class__`, `__dict__` and friends have their own rules in `setattr`.
        return Err(v);
    }
    let name = &cv.names[n];
    match cache.lookup(&inst.class, name) {
        Some(ClassAttr::Absent) => {
            inst.dict.set_name_hinted(name, v, &cache.slot);
            Ok(())
        }
        _ => Err(v),
    }
}

/// Drops a value, skipping the out-of-line destructor call for values that own nothing
/// (ints, floats, bools, None, unbound slots): most overwritten locals are such. Instances
/// (`self` leaving a method) drop their reference inline too.
#[inline(always)]
fn drop_value(v: Value) {
    v.discard();
}

/// The namespace, cells and saved stack of a returning frame (rare: out of line).
#[inline(never)]
fn drop_frame_rest(
    rest: (
        Option<Rc<PyDict>>,
        Option<crate::runtime::value::Cells>,
        Vec<Value>,
    ),
) {
    drop(rest);
}

/// CPython's message for reading a local slot that is not bound.
#[cold]
fn unbound_local(code: &crate::bytecode::Code, s: u32) -> String {
    let name = code.varnames.get(s as usize).map_or("?", |v| &**v);
    format!("cannot access local variable '{name}' where it is not associated with a value")
}

/// What a call instruction led to.
enum Called {
    Value(Value),
    Frame,
}

impl Vm {
    /// Runs frames until the frame at index `stop` returns; returns its value.
    pub fn run(&mut self, stop: usize) -> VmResult {
        if let Some(exc) = self.pending_throw.take() {
            self.unwind_to_handler(Unwind::Exc(exc), stop)?;
        }
        loop {
            match self.run_frame(stop) {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => {}
                Err(e) => self.unwind_to_handler(e, stop)?,
            }
        }
    }

    /// Finds the handler for an error raised in the top frame, popping frames without one.
    fn unwind_to_handler(&mut self, e: Unwind, stop: usize) -> VmResult<()> {
        let exc = match e {
            Unwind::Exc(x) => x,
            limit => {
                while self.frames.len() > stop {
                    self.pop_frame();
                }
                return Err(limit);
            }
        };
        if std::mem::take(&mut self.reraising) {
            // A re-raise keeps the traceback it already has.
        } else {
            self.add_traceback(&exc);
            self.chain_context(&exc);
        }
        loop {
            let frame = self.frames.last_mut().expect("unwinding within a frame");
            let pc = frame.pc.saturating_sub(1);
            if let Some(h) = frame.code().handler_for(pc).copied() {
                let sp = frame.base + frame.nlocals() + h.depth as usize;
                frame.pc = h.target;
                self.stack.truncate(sp);
                self.push(exc);
                return Ok(());
            }
            self.pop_frame();
            if self.frames.len() <= stop {
                return Err(Unwind::Exc(exc));
            }
            self.add_traceback(&exc);
        }
    }

    /// Pops the top frame and its stack; says whether it was a generator's.
    #[inline(always)]
    fn pop_frame(&mut self) -> Option<bool> {
        let popped = self.frames.pop_call()?;
        self.current_exc = popped.entry_exc;
        drop(popped.func);
        if let Some(rest) = popped.rest {
            drop_frame_rest(rest);
        }
        while self.stack.len() > popped.sp {
            let v = self.pop();
            drop_value(v);
        }
        Some(popped.is_generator)
    }

    /// An exception raised while another is handled records it as its `__context__`.
    fn chain_context(&mut self, exc: &Value) {
        let Some(current) = self.current_exc.clone() else {
            return;
        };
        if current.is(exc) {
            return;
        }
        if let Some(st) = exc_state(exc) {
            let mut st = st.borrow_mut();
            if st.context.is_none() {
                st.context = Some(current);
            }
        }
    }

    /// `stack.push`, forced inline: the dispatch loop is too large for LLVM to inline it itself.
    #[inline(always)]
    fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        // Not `unwrap_or(Value::None)`: that builds and drops a default on every pop.
        match self.stack.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }

    /// Pops the condition of a conditional jump.
    #[inline(always)]
    fn pop_truth(&mut self) -> VmResult<bool> {
        match self.stack.last() {
            // A bool has no destructor to run: skip the drop call.
            Some(&Value::PyBool(b)) => {
                std::mem::forget(self.stack.pop());
                Ok(b.get())
            }
            _ => {
                let v = self.pop();
                ops::truthy(self, &v)
            }
        }
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    fn run_frame(&mut self, stop: usize) -> VmResult<Option<Value>> {
        // Python-to-Python calls and returns switch frames here, without leaving the function.
        'frames: loop {
            // Every call and return passes here: a safe point for the cycle collector.
            crate::runtime::gc::maybe_collect();
            let fi = self.frames.len() - 1;
            let cv = self.frames[fi].func.code.clone();
            let (code, consts, names) = (&cv.code, &cv.consts, &cv.names);
            let base = self.frames[fi].base;
            let mut pc = self.frames[fi].pc as usize;
            let instrs = &code.instrs;
            macro_rules! save_pc {
                () => {
                    self.frames[fi].pc = pc as u32
                };
            }
            macro_rules! t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            save_pc!();
                            return Err(e);
                        }
                    }
                };
            }
            // `LoadMethod` on `obj`: pushes the function and `obj`, or what `load_method`
            // finds (a bound callable and NULL).
            macro_rules! load_method {
                ($obj:expr, $n:expr) => {{
                    let obj = $obj;
                    let n = $n as usize;
                    if let Some(f) = instance_method(&obj, &cv, n) {
                        self.push(f);
                        self.push(obj);
                        continue;
                    }
                    let cached = cv.method_cache[n].get(&obj);
                    let (callable, receiver) = match cached {
                        Some(m) => (m, obj),
                        None => t!(self.load_method(&obj, &cv, n)),
                    };
                    self.push(callable);
                    self.push(receiver);
                }};
            }
            // Pops the frame and hands `v` to the caller (or to `run`'s caller at `stop`).
            macro_rules! return_value {
                ($v:expr) => {{
                    let v = $v;
                    if self.pop_frame() == Some(true) {
                        self.generator_returned = true;
                    }
                    if self.frames.len() <= stop {
                        return Ok(Some(v));
                    }
                    self.push(v);
                    continue 'frames;
                }};
            }
            macro_rules! raise {
                ($kind:expr, $msg:expr) => {{
                    save_pc!();
                    let msg: String = $msg;
                    return self.err($kind, msg);
                }};
            }
            loop {
                let instr = instrs[pc];
                pc += 1;
                match instr {
                    Instr::LoadConst(k) => self.push(consts[k as usize].clone()),
                    Instr::LoadFast(s) => {
                        let v = &self.stack[base + s as usize];
                        if let Value::Null = v {
                            let name = code.varnames[s as usize].clone();
                            raise!(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value")
                        );
                        }
                        let v = v.clone();
                        self.push(v);
                    }
                    Instr::StoreFast(s) => {
                        let v = self.pop();
                        let old = std::mem::replace(&mut self.stack[base + s as usize], v);
                        drop_value(old);
                    }
                    Instr::DeleteFast(s) => {
                        if let Value::Null = self.stack[base + s as usize] {
                            let name = code.varnames[s as usize].clone();
                            raise!(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value")
                        );
                        }
                        self.stack[base + s as usize] = Value::Null;
                    }
                    Instr::LoadDeref(s) => {
                        let v = self.frames[fi].cells()[s as usize].0.borrow().clone();
                        let Some(v) = v else {
                            save_pc!();
                            return Err(self.unbound_deref(code, s));
                        };
                        self.push(v);
                    }
                    Instr::StoreDeref(s) => {
                        let v = self.pop();
                        *self.frames[fi].cells()[s as usize].0.borrow_mut() = Some(v);
                    }
                    Instr::DeleteDeref(s) => {
                        let old = self.frames[fi].cells()[s as usize].0.borrow_mut().take();
                        if old.is_none() {
                            save_pc!();
                            return Err(self.unbound_deref(code, s));
                        }
                    }
                    Instr::LoadClosure(s) => {
                        let cell = self.frames[fi].cells()[s as usize].clone();
                        self.push(Value::Cell(cell));
                    }
                    Instr::LoadClassDeref(s) => {
                        let name = code.freevars[s as usize - code.cellvars.len()].clone();
                        let local = self.frames[fi]
                            .locals_ns
                            .as_ref()
                            .and_then(|ns| ns.get_str(&name));
                        let v = local
                            .or_else(|| self.frames[fi].cells()[s as usize].0.borrow().clone());
                        let Some(v) = v else {
                            save_pc!();
                            return Err(self.unbound_deref(code, s));
                        };
                        self.push(v);
                    }
                    Instr::LoadGlobal(n) => {
                        let hit = cv.global_cache[n as usize].hit(self.frames[fi].globals(), 0);
                        let v = match hit {
                            Some(v) => v,
                            None => t!(self.load_global(fi, &cv, n as usize, 0)),
                        };
                        self.push(v);
                    }
                    Instr::StoreGlobal(n) => {
                        let v = self.pop();
                        let g = self.frames[fi].globals();
                        if let Err(v) = cv.global_cache[n as usize].store(g, v) {
                            g.store_target().set_name(&names[n as usize], v);
                        }
                    }
                    Instr::DeleteGlobal(n) => {
                        let name = &code.names[n as usize];
                        if !self.frames[fi].globals().store_target().del_str(name) {
                            raise!(ExcKind::NameError, format!("name '{name}' is not defined"));
                        }
                    }
                    Instr::LoadName(n) => {
                        let frame = &self.frames[fi];
                        let v = match &frame.locals_ns {
                            // A module frame: its namespace is the scratch layer of the chain.
                            Some(ns) if Rc::ptr_eq(ns, &frame.globals().scratch) => {
                                match cv.global_cache[n as usize].hit(frame.globals(), 0) {
                                    Some(v) => v,
                                    None => t!(self.load_global(fi, &cv, n as usize, 0)),
                                }
                            }
                            _ => t!(self.load_name(fi, &cv, n as usize)),
                        };
                        self.push(v);
                    }
                    Instr::LoadNameAttr(a, n) => {
                        let obj = match self.module_name_hit(fi, &cv, a.into()) {
                            Some(v) => v,
                            None => t!(self.load_name(fi, &cv, a.into())),
                        };
                        if let Some(v) = instance_attr(&obj, &cv, n as usize) {
                            self.push(v);
                            continue;
                        }
                        let v = t!(self.getattr(&obj, &code.names[n as usize]));
                        self.push(v);
                    }
                    Instr::StoreNameAttr(a, n) => {
                        let obj = match self.module_name_hit(fi, &cv, a.into()) {
                            Some(v) => v,
                            None => t!(self.load_name(fi, &cv, a.into())),
                        };
                        let v = self.pop();
                        let v = match store_instance_attr(&obj, &cv, n as usize, v) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        t!(self.setattr(&obj, &code.names[n as usize], v));
                    }
                    Instr::StoreName(n) => {
                        let v = self.pop();
                        let frame = &self.frames[fi];
                        let name = &names[n as usize];
                        match &frame.locals_ns {
                            Some(ns) if Rc::ptr_eq(ns, &frame.globals().scratch) => {
                                let cache = &cv.global_cache[n as usize];
                                if let Err(v) = cache.store(frame.globals(), v) {
                                    ns.set_name(name, v);
                                    cache.note_store(frame.globals(), name);
                                }
                            }
                            Some(ns) => ns.set_name(name, v),
                            None => frame.globals().store_target().set_name(name, v),
                        }
                    }
                    Instr::DeleteName(n) => {
                        let name = &code.names[n as usize];
                        let ns = self.frames[fi]
                            .locals_ns
                            .clone()
                            .unwrap_or_else(|| self.frames[fi].globals().store_target().clone());
                        if !ns.del_str(name) {
                            raise!(ExcKind::NameError, format!("name '{name}' is not defined"));
                        }
                    }
                    Instr::LoadAttr(n) => {
                        let obj = self.pop();
                        if let Some(v) = instance_attr(&obj, &cv, n as usize) {
                            self.push(v);
                            continue;
                        }
                        let v = t!(self.getattr(&obj, &code.names[n as usize]));
                        self.push(v);
                    }
                    Instr::LoadFastAttr(s, n) => {
                        let local = &self.stack[base + s as usize];
                        if let Value::Null = local {
                            raise!(ExcKind::UnboundLocalError, unbound_local(code, s.into()));
                        }
                        if let Some(v) = instance_attr(local, &cv, n as usize) {
                            self.push(v);
                            continue;
                        }
                        let obj = local.clone();
                        let v = t!(self.getattr(&obj, &code.names[n as usize]));
                        self.push(v);
                    }
                    Instr::StoreFastAttr(s, n) => {
                        let v = self.pop();
                        let local = &self.stack[base + s as usize];
                        if let Value::Null = local {
                            raise!(ExcKind::UnboundLocalError, unbound_local(code, s.into()));
                        }
                        let v = match store_instance_attr(local, &cv, n as usize, v) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        let obj = local.clone();
                        t!(self.setattr(&obj, &code.names[n as usize], v));
                    }
                    Instr::StoreAttr(n) => {
                        let obj = self.pop();
                        let v = self.pop();
                        let v = match store_instance_attr(&obj, &cv, n as usize, v) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        t!(self.setattr(&obj, &code.names[n as usize], v));
                    }
                    Instr::DeleteAttr(n) => {
                        let obj = self.pop();
                        t!(self.delattr(&obj, &code.names[n as usize]));
                    }
                    Instr::Subscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        if let Value::Dict(d) = &obj {
                            if let Some(Some(v)) = ops::dict_get_quick(d, &key) {
                                self.push(v);
                                continue;
                            }
                        }
                        let v = t!(self.getitem(&obj, &key));
                        self.push(v);
                    }
                    Instr::StoreSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        let v = self.pop();
                        let (key, v) = match &obj {
                            Value::Dict(d) => match ops::dict_set_quick(self, d, key, v) {
                                Ok(r) => {
                                    t!(r);
                                    continue;
                                }
                                Err(back) => back,
                            },
                            _ => (key, v),
                        };
                        t!(self.setitem(&obj, key, v));
                    }
                    Instr::DeleteSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        t!(self.delitem(&obj, &key));
                    }
                    Instr::BinaryOp(op) if self.int_op_in_place(op) => {}
                    Instr::InplaceOp(op) if self.int_op_in_place(op) => {}
                    Instr::CompareOp(op) if self.int_compare_in_place(op) => {}
                    Instr::BinaryOp(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let r = t!(ops::binary_op_owned(self, op, a, &b));
                        self.push(r);
                    }
                    Instr::InplaceOp(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let r = if let (BinOp::Add, Value::Str(_), Value::Str(_)) = (op, &a, &b) {
                            t!(ops::binary_op_owned(self, op, a, &b))
                        } else {
                            t!(self.inplace_op(op, &a, &b))
                        };
                        self.push(r);
                    }
                    Instr::LoadFastOpConst(op, s, k) => {
                        let a = &self.stack[base + s as usize];
                        let b = &consts[k as usize];
                        if let (Value::Int(x), Value::Int(y)) = (a, b) {
                            if let Some(r) = ops::small_int_op(op, *x, *y) {
                                self.push(r);
                                continue;
                            }
                        }
                        if let Value::Null = a {
                            raise!(ExcKind::UnboundLocalError, unbound_local(code, s.into()));
                        }
                        let a = a.clone();
                        let r = t!(ops::binary_op(self, op, &a, b));
                        self.push(r);
                    }
                    Instr::InplaceOpConst(op, k) => {
                        let b = &consts[k as usize];
                        if !self.int_op_const_in_place(op, b) {
                            let a = self.pop();
                            let r = if let (BinOp::Add, Value::Str(_), Value::Str(_)) = (op, &a, b)
                            {
                                t!(ops::binary_op_owned(self, op, a, b))
                            } else {
                                t!(self.inplace_op(op, &a, b))
                            };
                            self.push(r);
                        }
                    }
                    Instr::BinaryOpConst(op, k) => {
                        let b = &consts[k as usize];
                        if !self.int_op_const_in_place(op, b) {
                            let a = self.pop();
                            let r = t!(ops::binary_op_owned(self, op, a, b));
                            self.push(r);
                        }
                    }
                    Instr::CompareOpConst(op, k) => {
                        let b = &consts[k as usize];
                        let a = self.pop();
                        let r = t!(ops::compare(self, op, &a, b));
                        self.push(r);
                    }
                    Instr::CompareJumpIfFalse(op, target) => {
                        let b = self.pop();
                        let a = self.pop();
                        let truth = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => ops::ordering_op(op, x.cmp(y)),
                            _ => {
                                let r = t!(ops::compare(self, op, &a, &b));
                                t!(ops::truthy(self, &r))
                            }
                        };
                        if !truth {
                            pc = target as usize;
                        }
                    }
                    Instr::CompareConstJumpIfFalse(op, k, target) => {
                        let a = self.pop();
                        let b = &consts[k as usize];
                        let truth = match (&a, b) {
                            (Value::Int(x), Value::Int(y)) => ops::ordering_op(op, x.cmp(y)),
                            _ => {
                                let r = t!(ops::compare(self, op, &a, b));
                                t!(ops::truthy(self, &r))
                            }
                        };
                        if !truth {
                            pc = target as usize;
                        }
                    }
                    Instr::UnaryOp(op) => {
                        let a = self.pop();
                        let r = t!(ops::unary_op(self, op, &a));
                        self.push(r);
                    }
                    Instr::CompareOp(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let r = t!(ops::compare(self, op, &a, &b));
                        self.push(r);
                    }
                    Instr::IsOp(negate) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.push(Value::Bool(a.is(&b) != negate));
                    }
                    Instr::ContainsOp(negate) => {
                        let container = self.pop();
                        let item = self.pop();
                        let r = t!(ops::contains(self, &container, &item));
                        self.push(Value::Bool(r != negate));
                    }
                    Instr::Jump(target) => {
                        // Loops jump back here: a safe point for the cycle collector, and one
                        // decrement and compare of the step budget.
                        crate::runtime::gc::maybe_collect();
                        pc = target as usize;
                        self.budget.fuel -= 1;
                        if self.budget.fuel < 0 {
                            t!(self.out_of_fuel());
                        }
                    }
                    Instr::PopJumpIfFalse(target) => {
                        let truth = t!(self.pop_truth());
                        if !truth {
                            pc = target as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(target) => {
                        let truth = t!(self.pop_truth());
                        if truth {
                            pc = target as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(target) => {
                        let v = self.top().clone();
                        if !t!(ops::truthy(self, &v)) {
                            pc = target as usize;
                        } else {
                            self.pop();
                        }
                    }
                    Instr::JumpIfTrueOrPop(target) => {
                        let v = self.top().clone();
                        if t!(ops::truthy(self, &v)) {
                            pc = target as usize;
                        } else {
                            self.pop();
                        }
                    }
                    Instr::GetIter => {
                        let v = self.pop();
                        let it = t!(self.iter(&v));
                        self.push(it);
                    }
                    Instr::ForIter(target) => {
                        // Ranges step here without a call (the back-edge pays the step budget).
                        let range_item = match self.stack.last() {
                            Some(Value::Iterator(it)) => it.next_range(),
                            _ => None,
                        };
                        match range_item {
                            Some(Some(i)) => {
                                self.push(Value::Int(i));
                                continue;
                            }
                            Some(None) => {
                                self.pop();
                                pc = target as usize;
                                continue;
                            }
                            None => {}
                        }
                        let it = self.top().clone();
                        save_pc!();
                        match t!(self.next(&it)) {
                            Some(v) => self.push(v),
                            None => {
                                self.pop();
                                pc = target as usize;
                            }
                        }
                    }
                    Instr::Pop => {
                        let v = self.pop();
                        drop_value(v);
                    }
                    Instr::Dup => {
                        let v = self.top().clone();
                        self.push(v);
                    }
                    Instr::DupTwo => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                        self.push(a);
                        self.push(b);
                    }
                    Instr::Rot2 => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Instr::Rot3 => {
                        let v = self.pop();
                        let n = self.stack.len();
                        self.stack.insert(n - 2, v);
                    }
                    Instr::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.push(Value::list(items));
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.push(Value::tuple(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let set = crate::runtime::gc::new(PySet::new());
                        for item in items {
                            t!(ops::set_add(self, &set, item));
                        }
                        self.push(Value::Set(set));
                    }
                    Instr::BuildMap(n) => {
                        let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        let d = crate::runtime::gc::new(PyDict::new());
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            t!(ops::dict_set(self, &d, k, v));
                        }
                        self.push(Value::Dict(d));
                    }
                    Instr::BuildString(n) => {
                        let parts = self.stack.split_off(self.stack.len() - n as usize);
                        let mut s = String::new();
                        for p in &parts {
                            s.push_str(p.as_str().unwrap_or(""));
                        }
                        self.push(Value::str(s));
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        self.stack.push(Value::Slice(crate::runtime::gc::new(
                            crate::runtime::value::PySlice { start, stop, step },
                        )));
                    }
                    Instr::ListExtend => {
                        let seq = self.pop();
                        let items = match self.collect(&seq) {
                            Ok(items) => items,
                            Err(e) => {
                                save_pc!();
                                return Err(self.star_error(None, &seq, e));
                            }
                        };
                        if let Value::List(l) = self.top() {
                            l.0.borrow_mut().extend(items);
                        }
                    }
                    Instr::CallArgsExtend => {
                        let seq = self.pop();
                        let func = self.stack[self.stack.len() - 2].clone();
                        let items = match self.collect(&seq) {
                            Ok(items) => items,
                            Err(e) => {
                                save_pc!();
                                return Err(self.star_error(Some(&func), &seq, e));
                            }
                        };
                        if let Value::List(l) = self.top() {
                            l.0.borrow_mut().extend(items);
                        }
                    }
                    Instr::SetUpdate => {
                        let seq = self.pop();
                        let items = t!(self.collect(&seq));
                        if let Value::Set(s) = self.top().clone() {
                            for item in items {
                                t!(ops::set_add(self, &s, item));
                            }
                        }
                    }
                    Instr::DictUpdate => {
                        let m = self.pop();
                        let target = self.top().clone();
                        if let Value::Dict(d) = target {
                            t!(self.dict_merge(&d, &m, false));
                        }
                    }
                    Instr::DictMerge => {
                        // A call's `**m`: the stack is `func args kwargs m`.
                        let m = self.pop();
                        let n = self.stack.len();
                        let target = self.stack[n - 1].clone();
                        let func = self.stack[n - 3].clone();
                        if let Value::Dict(d) = target {
                            if let Err(e) = self.dict_merge(&d, &m, true) {
                                save_pc!();
                                return Err(self.call_error(&func, e));
                            }
                        }
                    }
                    Instr::ListToTuple => {
                        let v = self.pop();
                        let items = match &v {
                            Value::List(l) => l.0.borrow().clone(),
                            _ => vec![],
                        };
                        self.push(Value::tuple(items));
                    }
                    Instr::ListAppend(d) => {
                        let v = self.pop();
                        let n = self.stack.len();
                        if let Value::List(l) = &self.stack[n - d as usize] {
                            l.0.borrow_mut().push(v);
                            super::limits::note_alloc(16);
                        }
                    }
                    Instr::SetAdd(d) => {
                        let v = self.pop();
                        let n = self.stack.len();
                        if let Value::Set(s) = self.stack[n - d as usize].clone() {
                            t!(ops::set_add(self, &s, v));
                        }
                    }
                    Instr::MapAdd(d) => {
                        let v = self.pop();
                        let k = self.pop();
                        let n = self.stack.len();
                        if let Value::Dict(m) = self.stack[n - d as usize].clone() {
                            t!(ops::dict_set(self, &m, k, v));
                        }
                    }
                    Instr::FormatValue(conv, has_spec) => {
                        let spec = if has_spec { self.pop() } else { Value::None };
                        let v = self.pop();
                        let v = match conv {
                            Conv::None => v,
                            Conv::Str => Value::str(t!(self.str_of(&v))),
                            Conv::Repr => Value::str(t!(self.repr(&v))),
                            Conv::Ascii => {
                                Value::str(crate::builtins::ascii_of(&t!(self.repr(&v))))
                            }
                        };
                        let s = t!(self.format(&v, spec.as_str().unwrap_or("")));
                        self.push(Value::str(s));
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = self.pop();
                        save_pc!();
                        let items = t!(self.unpack(&seq, n as usize, None));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Instr::UnpackEx(before, after) => {
                        let seq = self.pop();
                        save_pc!();
                        let items = t!(self.unpack(&seq, before as usize, Some(after as usize)));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Instr::LoadMethod(n) => {
                        let obj = self.pop();
                        load_method!(obj, n);
                    }
                    Instr::LoadFastMethod(s, n) => {
                        let obj = &self.stack[base + s as usize];
                        if let Value::Null = obj {
                            raise!(ExcKind::UnboundLocalError, unbound_local(code, s.into()));
                        }
                        let obj = obj.clone();
                        load_method!(obj, n);
                    }
                    Instr::LoadNameMethod(a, n) => {
                        let obj = match self.module_name_hit(fi, &cv, a.into()) {
                            Some(v) => v,
                            None => t!(self.load_name(fi, &cv, a.into())),
                        };
                        load_method!(obj, n);
                    }
                    Instr::CallMethod(argc) => {
                        save_pc!();
                        let n = self.stack.len();
                        let self_at = n - argc as usize - 1;
                        // A plain method of a sandbox class first: the receiver is its first
                        // argument, already in place.
                        if !matches!(self.stack[self_at], Value::Null)
                            && self.push_frame_fast(argc as usize + 1)
                        {
                            continue 'frames;
                        }
                        let called = if let Value::Null = self.stack[self_at] {
                            self.stack.remove(self_at);
                            t!(self.call_from_stack(argc as usize, None))
                        } else if let Some(r) = self.dict_get_in_place(argc as usize, self_at) {
                            Called::Value(t!(r))
                        } else if let Value::Builtin(b) = &self.stack[self_at - 1] {
                            // A native method found on its receiver: call it with `bound` = receiver.
                            let b = b.clone();
                            let mut buf = self.arg_pool.pop().unwrap_or_default();
                            buf.extend(self.stack.drain(self_at + 1..));
                            let receiver = self.pop();
                            self.pop();
                            let r = (b.func)(
                                self,
                                &Some(receiver),
                                crate::runtime::value::Args { pos: &buf, kw: &[] },
                            );
                            buf.clear();
                            self.arg_pool.push(buf);
                            Called::Value(t!(r))
                        } else {
                            t!(self.call_from_stack(argc as usize + 1, None))
                        };
                        match called {
                            Called::Value(v) => self.push(v),
                            Called::Frame => continue 'frames,
                        }
                    }
                    Instr::Call(argc) => {
                        save_pc!();
                        match t!(self.call_from_stack(argc as usize, None)) {
                            Called::Value(v) => self.push(v),
                            Called::Frame => continue 'frames,
                        }
                    }
                    Instr::CallKw(argc) => {
                        save_pc!();
                        let names = self.pop();
                        match t!(self.call_from_stack(argc as usize, Some(names))) {
                            Called::Value(v) => self.push(v),
                            Called::Frame => continue 'frames,
                        }
                    }
                    Instr::CallEx(has_kwargs) => {
                        save_pc!();
                        let kwargs = if has_kwargs { self.pop() } else { Value::None };
                        let args = self.pop();
                        let f = self.pop();
                        let args = match args {
                            Value::Tuple(t) => t.0.to_vec(),
                            other => t!(self.collect(&other)),
                        };
                        let _ = &f;
                        let kw = match kwargs {
                            Value::Dict(d) => {
                                d.0.borrow()
                                    .iter()
                                    .map(|e| {
                                        (
                                            e.key.as_str().map(|s| Rc::new(PyStr::new(s))),
                                            e.value.clone(),
                                        )
                                    })
                                    .filter_map(|(k, v)| k.map(|k| (k, v)))
                                    .collect()
                            }
                            _ => Vec::new(),
                        };
                        let v = t!(self.call_kw(&f, args, kw));
                        self.push(v);
                    }
                    Instr::MakeFunction(flags) => {
                        let codev = self.pop();
                        let closure = if flags & 4 != 0 {
                            self.pop()
                        } else {
                            Value::None
                        };
                        let kwdefaults = if flags & 2 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let defaults = if flags & 1 != 0 {
                            self.pop()
                        } else {
                            Value::None
                        };
                        let f = self.make_function(fi, codev, defaults, kwdefaults, closure);
                        self.push(f);
                    }
                    Instr::Return => {
                        let v = self.pop();
                        return_value!(v);
                    }
                    Instr::ReturnFast(s) => {
                        // The frame ends here: its local moves out instead of being copied.
                        let v = std::mem::replace(&mut self.stack[base + s as usize], Value::Null);
                        if let Value::Null = v {
                            raise!(ExcKind::UnboundLocalError, unbound_local(code, s));
                        }
                        return_value!(v);
                    }
                    Instr::ReturnConst(k) => {
                        let v = consts[k as usize].clone();
                        return_value!(v);
                    }
                    Instr::Raise(argc) => {
                        save_pc!();
                        let e = self.do_raise(argc);
                        return Err(e);
                    }
                    Instr::Reraise => {
                        save_pc!();
                        let exc = self.pop();
                        self.reraising = true;
                        return Err(Unwind::Exc(exc));
                    }
                    Instr::PushExcInfo => {
                        let exc = self.pop();
                        let prev = self.current_exc.replace(exc.clone()).unwrap_or(Value::None);
                        self.push(prev);
                        self.push(exc);
                    }
                    Instr::PopExcept => {
                        let prev = self.pop();
                        self.current_exc = if prev.is_none() { None } else { Some(prev) };
                    }
                    Instr::CheckExcMatch => {
                        let typ = self.pop();
                        let exc = self.top().clone();
                        let m = t!(self.exception_matches(&exc, &typ));
                        self.push(Value::Bool(m));
                    }
                    Instr::Yield => {
                        save_pc!();
                        let v = self.pop();
                        self.suspend_generator();
                        if self.frames.len() <= stop {
                            return Ok(Some(v));
                        }
                        self.push(v);
                        return Ok(None);
                    }
                    Instr::YieldFrom => {
                        let sent = self.pop();
                        let iter = self.top().clone();
                        save_pc!();
                        match t!(self.delegate(&iter, sent)) {
                            Some(y) => {
                                // Yield `y`; the resumed frame re-runs YieldFrom with the sent value.
                                self.frames[fi].pc = (pc - 1) as u32;
                                self.suspend_generator();
                                if self.frames.len() <= stop {
                                    return Ok(Some(y));
                                }
                                self.push(y);
                                return Ok(None);
                            }
                            None => {
                                let result =
                                    std::mem::replace(&mut self.delegate_result, Value::None);
                                self.pop();
                                self.push(result);
                            }
                        }
                    }
                    Instr::ImportName(n) => {
                        let m = t!(self.import(&code.names[n as usize]));
                        self.push(m);
                    }
                    Instr::ImportFrom(n) => {
                        let m = self.top().clone();
                        let name = &code.names[n as usize];
                        let v = match self.getattr(&m, name) {
                            Ok(v) => v,
                            Err(_) => {
                                let mname = match &m {
                                    Value::Module(m) => m.name.s.as_str().to_owned(),
                                    _ => "?".into(),
                                };
                                raise!(
                                    ExcKind::ImportError,
                                    format!(
                                    "cannot import name '{name}' from '{mname}' (unknown location)"
                                )
                                );
                            }
                        };
                        self.push(v);
                    }
                    Instr::LoadBuildClass => {
                        let v = self
                            .builtins
                            .get_str("__build_class__")
                            .unwrap_or(Value::None);
                        self.push(v);
                    }
                    Instr::PrintExpr => {
                        let v = self.pop();
                        if !v.is_none() {
                            let s = t!(self.repr(&v));
                            t!(self.emit(&s));
                            t!(self.emit("\n"));
                        }
                    }
                    Instr::BeforeWith => {
                        let mgr = self.pop();
                        let (enter, exit) = t!(self.context_manager(&mgr));
                        let r = t!(self.call(&enter, vec![]));
                        self.push(exit);
                        self.push(r);
                    }
                    Instr::WithExceptStart => {
                        let n = self.stack.len();
                        let exc = self.stack[n - 1].clone();
                        let exit = self.stack[n - 3].clone();
                        let typ = Value::Class(self.types.of(&exc));
                        let tb = self.traceback_of(&exc);
                        let r = t!(self.call(&exit, vec![typ, exc, tb]));
                        let suppress = t!(ops::truthy(self, &r));
                        self.push(Value::Bool(suppress));
                    }
                    Instr::RaiseAssert(has_msg) => {
                        save_pc!();
                        let args = if has_msg { vec![self.pop()] } else { vec![] };
                        let class = self.types.exc(ExcKind::AssertionError).clone();
                        let exc = self.new_exception_args(class, args);
                        return Err(Unwind::Exc(exc));
                    }
                }
            }
        }
    }

    fn unbound_deref(&mut self, code: &crate::bytecode::Code, s: u32) -> Unwind {
        let ncells = code.cellvars.len();
        let (msg, kind) = if (s as usize) < ncells {
            let name = &code.cellvars[s as usize];
            (
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
                ExcKind::UnboundLocalError,
            )
        } else {
            let name = &code.freevars[s as usize - ncells];
            (
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                ExcKind::NameError,
            )
        };
        Unwind::Exc(self.new_exception(kind, &msg))
    }

    /// The cached value of name `n` if this is a module frame and its cache holds.
    #[inline(always)]
    fn module_name_hit(&self, fi: usize, cv: &CodeValue, n: usize) -> Option<Value> {
        let frame = &self.frames[fi];
        match &frame.locals_ns {
            Some(ns) if Rc::ptr_eq(ns, &frame.globals().scratch) => {
                cv.global_cache[n].hit(frame.globals(), 0)
            }
            _ => None,
        }
    }

    /// `LoadName`: a module frame reads the chain (its namespace is the scratch layer); a
    /// class body reads its own namespace first.
    #[inline(never)]
    fn load_name(&mut self, fi: usize, cv: &CodeValue, n: usize) -> VmResult {
        let frame = &self.frames[fi];
        match &frame.locals_ns {
            Some(ns) if Rc::ptr_eq(ns, &frame.globals().scratch) => {
                match cv.global_cache[n].hit(frame.globals(), 0) {
                    Some(v) => Ok(v),
                    None => self.load_global(fi, cv, n, 0),
                }
            }
            Some(ns) => match ns.get_name(&cv.names[n]) {
                Some(v) => Ok(v),
                None => self.load_global(fi, cv, n, 0),
            },
            None => self.load_global(fi, cv, n, 0),
        }
    }

    /// A name through the global chain (scratch, host layers, builtins) from layer `from` on.
    #[inline(never)]
    fn load_global(&mut self, fi: usize, cv: &CodeValue, n: usize, from: usize) -> VmResult {
        let name = &cv.names[n];
        if let Some(v) = self.frames[fi]
            .globals()
            .lookup(name, from, &cv.global_cache[n])
        {
            return Ok(v);
        }
        let name = name.s.as_str().to_owned();
        self.err(ExcKind::NameError, format!("name '{name}' is not defined"))
    }

    fn make_function(
        &mut self,
        fi: usize,
        codev: Value,
        defaults: Value,
        kwdefaults: Option<Value>,
        closure: Value,
    ) -> Value {
        let Value::Code(cv) = codev else {
            return Value::None;
        };
        let defaults: Box<[Value]> = match defaults {
            Value::Tuple(t) => t.0.clone(),
            _ => Box::new([]),
        };
        let closure: Vec<Rc<PyCell>> = match closure {
            Value::Tuple(t) => {
                t.0.iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        let closure = if closure.is_empty() {
            self.no_cells.clone()
        } else {
            closure.into()
        };
        let code = &cv.code;
        let doc = code
            .docstring
            .as_ref()
            .map_or(Value::None, |d| Value::str(&**d));
        Value::Function(crate::runtime::gc::new(Function {
            name: std::cell::RefCell::new(Rc::new(PyStr::new(&*code.name))),
            qualname: std::cell::RefCell::new(Rc::new(PyStr::new(&*code.qualname))),
            globals: self.frames[fi].globals().clone(),
            defaults,
            kwdefaults,
            closure,
            doc: std::cell::RefCell::new(doc),
            dict: std::cell::RefCell::new(None),
            code: cv,
        }))
    }

    /// A call whose callable and arguments are on the stack (`names`: keyword names tuple).
    #[inline(always)]
    fn call_from_stack(&mut self, argc: usize, names: Option<Value>) -> VmResult<Called> {
        if names.is_none() && self.push_frame_fast(argc) {
            return Ok(Called::Frame);
        }
        self.call_from_stack_slow(argc, names)
    }

    /// The common call: a plain Python function with exactly its positional parameters, whose
    /// arguments already sit where its locals go. False: take the general path (which also
    /// raises the recursion and step limits).
    #[inline(always)]
    fn push_frame_fast(&mut self, argc: usize) -> bool {
        let Some(callee_at) = self.stack.len().checked_sub(argc + 1) else {
            return false;
        };
        let fast =
            matches!(&self.stack[callee_at], Value::Function(f) if f.code.fast_argc == argc as u32);
        if !fast
            || self.frames.len() + self.native_depth >= self.recursion_limit
            || self.budget.fuel <= 0
        {
            return false;
        }
        self.budget.fuel -= 1;
        // The frame takes the callee's reference (its slot, now empty, pops on return).
        let Value::Function(func) = std::mem::replace(&mut self.stack[callee_at], Value::Null)
        else {
            return false;
        };
        let base = callee_at + 1;
        let nlocals = func.code.code.varnames.len();
        if nlocals > argc {
            self.stack.resize(base + nlocals, Value::Null);
        }
        let entry_exc = self.current_exc.clone();
        self.frames.push_call(func, base, callee_at, entry_exc);
        true
    }

    fn call_from_stack_slow(&mut self, argc: usize, names: Option<Value>) -> VmResult<Called> {
        let n = self.stack.len();
        let callee_at = n - argc - 1;
        if names.is_none() {
            if let Value::Class(c) = &self.stack[callee_at] {
                if c.builtin {
                    // `str(x)`, `int(s)`, `list(it)`...: constructed straight from the stack.
                    let c = c.clone();
                    if argc == 1 {
                        // `str(x)`, `int(s)`...: the one argument needs no buffer.
                        let arg = self.pop();
                        self.pop();
                        let pos = std::slice::from_ref(&arg);
                        let r = crate::builtins::construct(
                            self,
                            &c,
                            crate::runtime::value::Args { pos, kw: &[] },
                        );
                        return r.map(Called::Value);
                    }
                    let mut buf = self.arg_pool.pop().unwrap_or_default();
                    buf.extend(self.stack.drain(callee_at + 1..));
                    self.stack.pop();
                    let r = crate::builtins::construct(
                        self,
                        &c,
                        crate::runtime::value::Args { pos: &buf, kw: &[] },
                    );
                    buf.clear();
                    self.arg_pool.push(buf);
                    return r.map(Called::Value);
                }
            }
            if let Value::Builtin(b) = &self.stack[callee_at] {
                if b.bound.is_some() || b.owner.is_none() {
                    // Native callee: arguments go through a reused buffer, not a new Vec.
                    let b = b.clone();
                    if argc == 1 {
                        // `len(x)`, `abs(x)`...: the one argument needs no buffer.
                        let arg = self.pop();
                        self.pop();
                        let pos = std::slice::from_ref(&arg);
                        let r =
                            (b.func)(self, &b.bound, crate::runtime::value::Args { pos, kw: &[] });
                        return r.map(Called::Value);
                    }
                    let mut buf = self.arg_pool.pop().unwrap_or_default();
                    buf.extend(self.stack.drain(callee_at + 1..));
                    self.stack.pop();
                    let r = (b.func)(
                        self,
                        &b.bound,
                        crate::runtime::value::Args { pos: &buf, kw: &[] },
                    );
                    buf.clear();
                    self.arg_pool.push(buf);
                    return r.map(Called::Value);
                }
            }
        }
        let mut args = self.stack.split_off(callee_at + 1);
        let f = self.pop();
        let kw: Vec<(Rc<PyStr>, Value)> = match &names {
            Some(Value::Tuple(t)) => {
                let k = args.split_off(args.len() - t.0.len());
                t.0.iter()
                    .zip(k)
                    .filter_map(|(name, v)| match name {
                        Value::Str(s) => Some((s.clone(), v)),
                        _ => None,
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        if let Value::Function(func) = &f {
            if !func.code.code.is_generator {
                let func = func.clone();
                let mut frame = self.bind(&func, &args, &kw)?;
                frame.return_sp = frame.base;
                self.frames.push(frame);
                return Ok(Called::Frame);
            }
        }
        self.call_kw(&f, args, kw).map(Called::Value)
    }

    /// The callable and receiver for `obj.name(...)`: a class function with the instance, a
    /// native method with its receiver, or the attribute value with Null.
    /// The common case of arithmetic, done on the stack without a call: both operands small
    /// ints and the result fits. False leaves the stack untouched for the general path.
    #[inline(always)]
    fn int_op_in_place(&mut self, op: crate::bytecode::BinOp) -> bool {
        use crate::bytecode::BinOp;
        let n = self.stack.len();
        let (x, y) = match self.stack[..] {
            [.., Value::Int(x), Value::Int(y)] => (x, y),
            _ => return false,
        };
        // Add and Sub are inline; the rest go through the shared table.
        let r = match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            _ => ops::small_int_op(op, x, y),
        };
        let Some(r) = r else { return false };
        // Both operands are ints: nothing to drop, so skip the destructor calls.
        std::mem::forget(self.stack.pop());
        std::mem::forget(std::mem::replace(&mut self.stack[n - 2], r));
        true
    }

    /// `d.get(key[, default])` on a plain dict, the counting idiom's call, without moving
    /// the arguments into a buffer; `None` leaves the stack for the general path.
    #[inline(always)]
    fn dict_get_in_place(&mut self, argc: usize, self_at: usize) -> Option<VmResult> {
        if !(1..=2).contains(&argc) || !matches!(self.stack[self_at], Value::Dict(_)) {
            return None;
        }
        // LoadMethod on a dict receiver pushed dict's own method: the name identifies it.
        if !matches!(&self.stack[self_at - 1], Value::Builtin(b) if b.name == "get") {
            return None;
        }
        let default = if argc == 2 { self.pop() } else { Value::None };
        let key = self.pop();
        let dict = self.pop();
        self.pop();
        let Value::Dict(d) = &dict else {
            return None;
        };
        if let Some(found) = ops::dict_get_quick(d, &key) {
            return Some(Ok(found.unwrap_or(default)));
        }
        Some(ops::dict_get(self, d, &key).map(|v| v.unwrap_or(default)))
    }

    /// `int_op_in_place` with the right operand a constant (`BinaryOpConst`).
    #[inline(always)]
    fn int_op_const_in_place(&mut self, op: crate::bytecode::BinOp, b: &Value) -> bool {
        use crate::bytecode::BinOp;
        let (Some(Value::Int(x)), Value::Int(y)) = (self.stack.last(), b) else {
            return false;
        };
        let (x, y) = (*x, *y);
        let r = match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            _ => ops::small_int_op(op, x, y),
        };
        let Some(r) = r else { return false };
        let n = self.stack.len();
        // The operand is an int: nothing to drop.
        std::mem::forget(std::mem::replace(&mut self.stack[n - 1], r));
        true
    }

    #[inline(always)]
    fn int_compare_in_place(&mut self, op: crate::bytecode::CmpOp) -> bool {
        let n = self.stack.len();
        let (x, y) = match self.stack[..] {
            [.., Value::Int(x), Value::Int(y)] => (x, y),
            _ => return false,
        };
        std::mem::forget(self.stack.pop());
        std::mem::forget(std::mem::replace(
            &mut self.stack[n - 2],
            Value::Bool(ops::ordering_op(op, x.cmp(&y))),
        ));
        true
    }

    /// `__enter__` and `__exit__` of a with-statement's manager, with CPython 3.11's errors.
    fn context_manager(&mut self, mgr: &Value) -> VmResult<(Value, Value)> {
        let protocol_error = |vm: &mut Vm, extra: &str| {
            let msg = format!(
                "'{}' object does not support the context manager protocol{extra}",
                vm.types.name_of(mgr)
            );
            vm.err(ExcKind::TypeError, msg)
        };
        // Special methods come from the type, never the instance dict; a class used as a
        // manager would need a metaclass defining them.
        let (enter, exit) = match mgr {
            Value::Instance(_) => (
                self.special(mgr, "__enter__"),
                self.special(mgr, "__exit__"),
            ),
            _ => (None, None),
        };
        let Some(enter) = enter else {
            return protocol_error(self, "");
        };
        let Some(exit) = exit else {
            return protocol_error(self, " (missed __exit__ method)");
        };
        Ok((enter, exit))
    }

    fn load_method(&mut self, obj: &Value, cv: &CodeValue, n: usize) -> VmResult<(Value, Value)> {
        let name = &cv.names[n];
        match obj {
            Value::Instance(inst)
                if !inst.class.builtin && inst.exc.is_none() && !inst.class.uses_getattribute() =>
            {
                // A plain function in the class chain, not shadowed by the instance dict.
                if let Some(ClassAttr::Found(f @ Value::Function(_))) =
                    cv.attr_cache[n].lookup(&inst.class, name)
                {
                    if inst.dict.get_name(name).is_none() {
                        return Ok((f, obj.clone()));
                    }
                }
                if inst.dict.get_name(name).is_none() {
                    if let Some(f @ Value::Function(_)) =
                        crate::runtime::attr::class_lookup(&inst.class, &name.s)
                    {
                        if !crate::builtins::wrappers::is_property(&f) {
                            return Ok((f, obj.clone()));
                        }
                    }
                }
            }
            Value::Instance(inst)
                if !inst.class.builtin
                    && !inst.class.uses_getattribute()
                    && inst.dict.get_name(name).is_none() =>
            {
                if let Some(f @ Value::Function(_)) =
                    crate::runtime::attr::class_lookup(&inst.class, &name.s)
                {
                    if !crate::builtins::wrappers::is_property(&f) {
                        return Ok((f, obj.clone()));
                    }
                }
            }
            Value::Str(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Tuple(_)
            | Value::Set(_)
            | Value::Bytes(_) => {
                if let Some(b) = self.method_cache_get(obj, &name.s) {
                    cv.method_cache[n].set(obj, &b);
                    return Ok((Value::Builtin(b), obj.clone()));
                }
            }
            _ => {}
        }
        let v = self.getattr(obj, &name.s)?;
        Ok((v, Value::Null))
    }

    /// An unbound native method of a built-in value's type, created once per method.
    fn method_cache_get(
        &mut self,
        obj: &Value,
        name: &str,
    ) -> Option<Rc<crate::runtime::value::Builtin>> {
        let (static_name, func) = crate::builtins::methods::method_of(obj, name)?;
        let key = func as usize;
        let b = self.method_cache.entry(key).or_insert_with(|| {
            crate::runtime::gc::new(crate::runtime::value::Builtin {
                name: static_name,
                func,
                bound: None,
                owner: None,
            })
        });
        Some(b.clone())
    }

    /// `*x` of a non-iterable: CPython names the callee (or "Value" in a display).
    fn star_error(&mut self, func: Option<&Value>, seq: &Value, e: Unwind) -> Unwind {
        if self.is_iterable_type(seq) {
            return e;
        }
        let t = self.types.name_of(seq);
        let who = match func {
            Some(f) => format!("{} argument", self.call_name(f)),
            None => "Value".to_string(),
        };
        let exc = self.new_exception(
            ExcKind::TypeError,
            &format!("{who} after * must be an iterable, not {t}"),
        );
        Unwind::Exc(exc)
    }

    fn do_raise(&mut self, argc: u8) -> Unwind {
        if argc == 0 {
            return match self.current_exc.clone() {
                Some(e) => {
                    self.reraising = true;
                    Unwind::Exc(e)
                }
                None => self.raise(crate::runtime::errors::Raise::new(
                    ExcKind::RuntimeError,
                    "No active exception to reraise",
                )),
            };
        }
        let cause = if argc == 2 { Some(self.pop()) } else { None };
        let exc = self.pop();
        let exc = match self.exception_value(exc) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                None
            } else {
                match self.exception_value(cause) {
                    Ok(c) => Some(c),
                    Err(_) => {
                        return self.raise(crate::runtime::errors::Raise::type_error(
                            "exception causes must derive from BaseException",
                        ))
                    }
                }
            };
            if let Some(st) = exc_state(&exc) {
                let mut st = st.borrow_mut();
                st.cause = cause;
                st.suppress_context = true;
            }
        }
        Unwind::Exc(exc)
    }

    /// The exception object for `raise x`: an instance, or a class to instantiate.
    fn exception_value(&mut self, v: Value) -> Result<Value, Unwind> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            Value::Class(c) if super::unwind::is_exception_class(c) => {
                let c = c.clone();
                self.call_class(&c, vec![], vec![])
            }
            _ => Err(self.raise(crate::runtime::errors::Raise::type_error(
                "exceptions must derive from BaseException",
            ))),
        }
    }
}
