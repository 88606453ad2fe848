//! Generators: resuming a suspended frame with a sent value, suspending at `yield`, delegation
//! for `yield from`, `throw` and `close`.

use std::rc::Rc;

use super::{Unwind, Vm, VmResult};
use crate::runtime::errors::ExcKind;
use crate::runtime::value::{GenState, Generator, Value};

/// How a resumed generator stopped.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Called by `Yield`: moves the top frame out of the VM into `self.suspended`.
    pub(super) fn suspend_generator(&mut self) {
        if let Some(mut frame) = self.frames.pop() {
            frame.saved = self.stack.split_off(frame.base);
            self.current_exc = frame.entry_exc.take();
            self.suspended = Some(frame);
        }
    }

    /// Resumes `g`, sending `sent` (or raising `throw` at the yield point).
    pub fn resume(
        &mut self,
        g: &Rc<Generator>,
        sent: Value,
        throw: Option<Value>,
    ) -> VmResult<Resumed> {
        let state = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running);
        let mut frame = match state {
            GenState::Suspended(f) => f,
            GenState::Running => {
                *g.state.borrow_mut() = GenState::Running;
                return self.err(ExcKind::ValueError, "generator already executing");
            }
            GenState::Finished => {
                *g.state.borrow_mut() = GenState::Finished;
                return match throw {
                    Some(e) => Err(Unwind::Exc(e)),
                    None => Ok(Resumed::Returned(Value::None)),
                };
            }
        };
        let started = frame.pc > 0;
        let mut throw = throw;
        let mut push_sent = started && throw.is_none();
        // Suspended inside `yield from`: a thrown exception goes to the delegate first.
        let at_yield_from =
            frame.code().instrs.get(frame.pc as usize) == Some(&crate::bytecode::Instr::YieldFrom);
        if let (Some(exc), true) = (throw.clone(), at_yield_from) {
            if let Some(Value::Generator(sub)) = frame.saved.last().cloned() {
                let exiting = self.types.of(&exc).tag
                    == crate::runtime::value::TypeTag::Exception(ExcKind::GeneratorExit);
                let outcome = if exiting {
                    self.generator_close(&sub).map(|_| None)
                } else {
                    match self.resume(&sub, Value::None, Some(exc.clone())) {
                        Ok(Resumed::Yielded(v)) => Ok(Some(Resumed::Yielded(v))),
                        Ok(Resumed::Returned(r)) => Ok(Some(Resumed::Returned(r))),
                        Err(e) => Err(e),
                    }
                };
                match outcome {
                    Ok(Some(Resumed::Yielded(v))) => {
                        *g.state.borrow_mut() = GenState::Suspended(frame);
                        return Ok(Resumed::Yielded(v));
                    }
                    Ok(Some(Resumed::Returned(r))) => {
                        // The delegate finished: `yield from` evaluates to its return value.
                        frame.saved.pop();
                        frame.saved.push(r);
                        frame.pc += 1;
                        throw = None;
                        push_sent = false;
                    }
                    Ok(None) => {}
                    Err(Unwind::Exc(e)) => throw = Some(e),
                    Err(e) => {
                        *g.state.borrow_mut() = GenState::Finished;
                        return Err(e);
                    }
                }
            }
        }
        if !started && !sent.is_none() && throw.is_none() {
            *g.state.borrow_mut() = GenState::Suspended(frame);
            return self.err(
                ExcKind::TypeError,
                "can't send non-None value to a just-started generator",
            );
        }
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            *g.state.borrow_mut() = GenState::Suspended(frame);
            return self.err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        if let Err(e) = self.count_call() {
            *g.state.borrow_mut() = GenState::Suspended(frame);
            return Err(e);
        }
        frame.base = self.stack.len();
        frame.return_sp = frame.base;
        frame.entry_exc = self.current_exc.clone();
        let saved = std::mem::take(&mut frame.saved);
        self.stack.extend(saved);
        if push_sent {
            self.stack.push(sent);
        }
        let depth = self.frames.len();
        self.frames.push(*frame);
        self.generator_returned = false;
        let result = match throw {
            Some(exc) => {
                // Raise at the yield point: the frame's pc is just past the Yield.
                match self.unwind_at_top(exc, depth) {
                    Ok(()) => crate::stack::deep(|| self.run(depth)),
                    Err(e) => Err(e),
                }
            }
            None => crate::stack::deep(|| self.run(depth)),
        };
        match result {
            Ok(v) => match self.suspended.take() {
                Some(f) => {
                    *g.state.borrow_mut() = GenState::Suspended(Box::new(f));
                    Ok(Resumed::Yielded(v))
                }
                None => {
                    *g.state.borrow_mut() = GenState::Finished;
                    Ok(Resumed::Returned(v))
                }
            },
            Err(Unwind::Exc(e)) => {
                *g.state.borrow_mut() = GenState::Finished;
                if self.types.of(&e).tag
                    == crate::runtime::value::TypeTag::Exception(ExcKind::StopIteration)
                {
                    let class = self.types.exc(ExcKind::RuntimeError).clone();
                    let new = self.new_exception_args(
                        class,
                        vec![Value::str("generator raised StopIteration")],
                    );
                    if let Some(st) = super::unwind::exc_state(&new) {
                        let mut st = st.borrow_mut();
                        st.cause = Some(e.clone());
                        st.context = Some(e);
                        st.suppress_context = true;
                    }
                    return Err(Unwind::Exc(new));
                }
                Err(Unwind::Exc(e))
            }
            Err(e) => {
                *g.state.borrow_mut() = GenState::Finished;
                Err(e)
            }
        }
    }

    /// `next(g)`: `None` when the generator is exhausted.
    pub fn generator_next(&mut self, g: &Rc<Generator>, sent: Value) -> VmResult<Option<Value>> {
        match self.resume(g, sent, None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    /// One step of `yield from`: `Some(y)` when the delegate yielded `y`; `None` when it
    /// finished (its return value is left in `delegate_result`).
    pub(super) fn delegate(&mut self, iter: &Value, sent: Value) -> VmResult<Option<Value>> {
        match iter {
            Value::Generator(g) => match self.resume(g, sent, None)? {
                Resumed::Yielded(v) => Ok(Some(v)),
                Resumed::Returned(r) => {
                    self.delegate_result = r;
                    Ok(None)
                }
            },
            _ => {
                if !sent.is_none() {
                    let send = self.getattr(iter, "send")?;
                    return self.call(&send, vec![sent]).map(Some);
                }
                let v = self.next(iter)?;
                if v.is_none() {
                    self.delegate_result = Value::None;
                }
                Ok(v)
            }
        }
    }

    /// Raises `exc` in the frame on top as if its current instruction had raised it.
    fn unwind_at_top(&mut self, exc: Value, stop: usize) -> VmResult<()> {
        // Reuse the run loop's unwinding by running a frame that fails immediately.
        self.pending_throw = Some(exc);
        let _ = stop;
        Ok(())
    }

    /// `gen.throw(exc)`.
    pub fn generator_throw(&mut self, g: &Rc<Generator>, exc: Value) -> VmResult {
        match self.resume(g, Value::None, Some(exc))? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Err(self.stop_iteration(r)),
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, g: &Rc<Generator>) -> VmResult {
        if matches!(&*g.state.borrow(), GenState::Finished) {
            return Ok(Value::None);
        }
        let started = matches!(&*g.state.borrow(), GenState::Suspended(f) if f.pc > 0);
        if !started {
            *g.state.borrow_mut() = GenState::Finished;
            return Ok(Value::None);
        }
        let exit = self.new_exception(ExcKind::GeneratorExit, "");
        match self.resume(g, Value::None, Some(exit)) {
            Ok(Resumed::Yielded(_)) => {
                self.err(ExcKind::RuntimeError, "generator ignored GeneratorExit")
            }
            Ok(Resumed::Returned(_)) => Ok(Value::None),
            Err(Unwind::Exc(e)) => {
                let tag = self.types.of(&e).tag;
                if matches!(
                    tag,
                    crate::runtime::value::TypeTag::Exception(
                        ExcKind::GeneratorExit | ExcKind::StopIteration
                    )
                ) {
                    Ok(Value::None)
                } else {
                    Err(Unwind::Exc(e))
                }
            }
            Err(e) => Err(e),
        }
    }

    pub fn stop_iteration(&mut self, value: Value) -> Unwind {
        let class = self.types.exc(ExcKind::StopIteration).clone();
        let args = if value.is_none() { vec![] } else { vec![value] };
        Unwind::Exc(self.new_exception_args(class, args))
    }
}
