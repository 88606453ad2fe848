//! Instruction emission for one code object: labels and their patching, constant and name
//! pools, the location of each instruction, stack-depth tracking, and the exception-handler
//! regions that become the code's exception table.

use std::sync::Arc;

use crate::bytecode::{BinOp, Const, Handler, Instr, Location};
use crate::syntax::ast::Span;

/// A jump target, resolved to an instruction index when placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(u32);

/// The finished parts of a code object.
pub struct Assembled {
    pub instrs: Vec<Instr>,
    pub locations: Vec<Location>,
    pub consts: Vec<Const>,
    pub names: Vec<Arc<str>>,
    pub handlers: Vec<Handler>,
    pub max_stack: u32,
}

#[derive(Default)]
pub struct Emitter {
    pub instrs: Vec<Instr>,
    pub locations: Vec<Location>,
    /// The handler (label, stack depth) active for each instruction.
    handler_of: Vec<Option<(Label, u32)>>,
    labels: Vec<Option<u32>>,
    /// Stack depth expected where a label is placed, learnt from the jumps to it.
    label_depth: Vec<Option<i32>>,
    /// Instructions whose operand is a label to patch.
    fixups: Vec<usize>,
    pub consts: Vec<Const>,
    pub names: Vec<Arc<str>>,
    handlers: Vec<(Label, u32)>,
    pub depth: i32,
    pub max_depth: i32,
    /// False after an unconditional jump/return/raise until the next label.
    reachable: bool,
    pub span: Span,
    /// Where the last label was placed (no instruction is fused across it).
    label_at: Option<u32>,
}

impl Emitter {
    pub fn new() -> Emitter {
        Emitter {
            reachable: true,
            ..Emitter::default()
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Places `label` here. After an unconditional jump, the depth is the one jumps brought.
    pub fn place(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
        self.label_at = Some(self.instrs.len() as u32);
        if let Some(d) = self.label_depth[label.0 as usize] {
            if !self.reachable {
                self.depth = d;
            }
        }
        self.reachable = true;
    }

    pub fn emit(&mut self, instr: Instr) {
        let span = self.span;
        self.emit_at(instr, span);
    }

    pub fn emit_at(&mut self, instr: Instr, span: Span) {
        if let Some(fused) = self.fuse_with_last(instr, span) {
            self.depth += fused.stack_effect(false);
            if fused.is_terminal() {
                self.reachable = false;
            }
            return;
        }
        self.instrs.push(instr);
        self.locations.push(Location {
            start: span.start,
            end: span.end,
        });
        self.handler_of.push(self.handlers.last().copied());
        self.depth += instr.stack_effect(false);
        self.max_depth = self.max_depth.max(self.depth);
        if instr.is_terminal() {
            self.reachable = false;
        }
    }

    /// Superinstructions: replaces the last instruction and `instr` by one that does both,
    /// when nothing can jump between them and both are under the same handler. Fewer
    /// dispatches and no push/pop of the intermediate value on the hottest pairs.
    fn fuse_with_last(&mut self, instr: Instr, span: Span) -> Option<Instr> {
        let here = self.instrs.len() as u32;
        let last = *self.instrs.last()?;
        if self.label_at == Some(here)
            || !self.reachable
            || self.handler_of.last().copied().flatten() != self.handlers.last().copied()
        {
            return None;
        }
        let (fused, own_location) = match (last, instr) {
            (Instr::LoadConst(k), Instr::BinaryOp(op)) => {
                // `n - 1` on a local: one instruction when the local came just before.
                if let Some(fused) = self.fuse_local_op_const(op, k, span) {
                    return Some(fused);
                }
                (Instr::BinaryOpConst(op, k), true)
            }
            // A return keeps the value's location (an unbound local is reported there).
            (Instr::LoadFast(s), Instr::Return) => (Instr::ReturnFast(s), false),
            (Instr::LoadConst(k), Instr::Return) => (Instr::ReturnConst(k), false),
            (Instr::LoadConst(k), Instr::InplaceOp(op)) => (Instr::InplaceOpConst(op, k), true),
            (Instr::LoadConst(k), Instr::CompareOp(op)) => (Instr::CompareOpConst(op, k), true),
            // A failing comparison reports the comparison's position, so its location stays.
            (Instr::CompareOp(op), Instr::PopJumpIfFalse(t)) => {
                (Instr::CompareJumpIfFalse(op, t), false)
            }
            // The attribute's location starts at the local's name, so an UnboundLocalError
            // reports the same line as before.
            (Instr::LoadFast(s), Instr::LoadAttr(n)) => {
                (Instr::LoadFastAttr(u16::try_from(s).ok()?, n), true)
            }
            (Instr::LoadFast(s), Instr::StoreAttr(n)) => {
                (Instr::StoreFastAttr(u16::try_from(s).ok()?, n), true)
            }
            (Instr::LoadFast(s), Instr::LoadMethod(n)) => {
                (Instr::LoadFastMethod(u16::try_from(s).ok()?, n), true)
            }
            (Instr::LoadName(a), Instr::LoadMethod(n)) => {
                (Instr::LoadNameMethod(u16::try_from(a).ok()?, n), true)
            }
            (Instr::LoadName(a), Instr::LoadAttr(n)) => {
                (Instr::LoadNameAttr(u16::try_from(a).ok()?, n), true)
            }
            (Instr::LoadName(a), Instr::StoreAttr(n)) => {
                (Instr::StoreNameAttr(u16::try_from(a).ok()?, n), true)
            }
            (Instr::CompareOpConst(op, k), Instr::PopJumpIfFalse(t)) => {
                let k = u16::try_from(k).ok()?;
                (Instr::CompareConstJumpIfFalse(op, k, t), false)
            }
            _ => return None,
        };
        self.depth -= last.stack_effect(false);
        *self.instrs.last_mut()? = fused;
        if own_location {
            *self.locations.last_mut()? = Location {
                start: span.start,
                end: span.end,
            };
        }
        Some(fused)
    }

    /// `LoadFast(s) LoadConst(k)` + `BinaryOp(op)` as `LoadFastOpConst`, when nothing can jump
    /// to the `LoadConst` and all three are under the same handler. The operation's location
    /// starts at the local's name, so an UnboundLocalError reports the same line.
    fn fuse_local_op_const(&mut self, op: BinOp, k: u32, span: Span) -> Option<Instr> {
        let n = self.instrs.len();
        let Instr::LoadFast(s) = *self.instrs.get(n.checked_sub(2)?)? else {
            return None;
        };
        if self.label_at == Some(n as u32 - 1)
            || self.handler_of.get(n - 2) != self.handler_of.get(n - 1)
        {
            return None;
        }
        let fused = Instr::LoadFastOpConst(op, u16::try_from(s).ok()?, u16::try_from(k).ok()?);
        // Both go: LoadFast (+1) and LoadConst (+1) become one instruction pushing one value.
        self.instrs.truncate(n - 1);
        self.locations.truncate(n - 1);
        self.handler_of.truncate(n - 1);
        self.depth -= 2;
        *self.instrs.last_mut()? = fused;
        *self.locations.last_mut()? = Location {
            start: span.start,
            end: span.end,
        };
        Some(fused)
    }

    /// Emits a jump-like instruction to `label` (its operand is patched at the end).
    pub fn jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        let instr = make(label.0);
        let taken = self.depth + instr.stack_effect(true);
        let slot = &mut self.label_depth[label.0 as usize];
        if slot.is_none() {
            *slot = Some(taken);
        }
        self.max_depth = self.max_depth.max(taken);
        self.emit(instr);
        // The jump may have been fused into the previous instruction: patch where it landed.
        self.fixups.push(self.instrs.len() - 1);
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let same = |a: &Const, b: &Const| match (a, b) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(x), Const::Bool(y)) => x == y,
            (Const::Int(x), Const::Int(y)) => x == y,
            (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
            (Const::Str(x), Const::Str(y)) => x == y,
            _ => false,
        };
        if let Some(i) = self.consts.iter().position(|k| same(k, &c)) {
            return i as u32;
        }
        self.consts.push(c);
        self.consts.len() as u32 - 1
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(i) = self.names.iter().position(|n| &**n == name) {
            return i as u32;
        }
        self.names.push(name.into());
        self.names.len() as u32 - 1
    }

    /// Starts a region whose exceptions go to `label` with the stack cut to the current depth.
    pub fn push_handler(&mut self, label: Label) {
        let depth = self.depth.max(0) as u32;
        self.handlers.push((label, depth));
        // The handler starts with the exception pushed on top of that depth.
        let slot = &mut self.label_depth[label.0 as usize];
        if slot.is_none() {
            *slot = Some(depth as i32 + 1);
        }
        self.max_depth = self.max_depth.max(depth as i32 + 1);
    }

    pub fn pop_handler(&mut self) -> Option<(Label, u32)> {
        self.handlers.pop()
    }

    /// Temporarily removes every active handler (used while emitting a `finally` body for a
    /// `return`/`break` that leaves the protected region).
    pub fn take_handlers(&mut self, keep: usize) -> Vec<(Label, u32)> {
        self.handlers.split_off(keep.min(self.handlers.len()))
    }

    pub fn restore_handlers(&mut self, h: Vec<(Label, u32)>) {
        self.handlers.extend(h);
    }

    pub fn handler_count(&self) -> usize {
        self.handlers.len()
    }

    pub fn is_reachable(&self) -> bool {
        self.reachable
    }

    /// Resolves labels and builds the exception table.
    pub fn finish(mut self) -> Assembled {
        for &i in &self.fixups {
            let Some(label) = self.instrs[i].jump_target() else {
                continue;
            };
            let target = self.labels[label as usize].unwrap_or(self.instrs.len() as u32);
            self.instrs[i].set_jump_target(target);
        }
        let mut table: Vec<Handler> = Vec::new();
        for (pc, h) in self.handler_of.iter().enumerate() {
            let Some((label, depth)) = *h else { continue };
            let target = self.labels[label.0 as usize].unwrap_or(0);
            match table.last_mut() {
                Some(last)
                    if last.end == pc as u32 && last.target == target && last.depth == depth =>
                {
                    last.end += 1
                }
                _ => table.push(Handler {
                    start: pc as u32,
                    end: pc as u32 + 1,
                    target,
                    depth,
                }),
            }
        }
        let max_stack = self.max_depth.max(0) as u32 + 1;
        Assembled {
            instrs: self.instrs,
            locations: self.locations,
            consts: self.consts,
            names: self.names,
            handlers: table,
            max_stack,
        }
    }
}
