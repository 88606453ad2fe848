//! `krait dis`: prints code objects like `python -m dis` — line, offset, instruction, operands
//! resolved to names and constants, jump targets, and the exception table.

use std::fmt::Write;

use super::code::{Code, Const};
use super::opcode::Instr;
use crate::pyrepr::{bytes_repr, float_repr, str_repr};
use crate::syntax::location::LineIndex;

pub fn dis(code: &Code) -> String {
    let mut out = String::new();
    let index = LineIndex::new(&code.source.text);
    one(&mut out, code, &index);
    out
}

fn one(out: &mut String, code: &Code, index: &LineIndex) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at \"{}\">:",
        code.qualname,
        code.filename()
    );
    let targets: Vec<u32> = code.instrs.iter().filter_map(Instr::jump_target).collect();
    let mut last_line = 0;
    for (pc, instr) in code.instrs.iter().enumerate() {
        let line = index.line_of(code.locations[pc].start as usize);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let _ = writeln!(
            out,
            "{line_col} {mark} {pc:>4} {:<20} {}",
            instr.name(),
            operand(code, instr)
        );
    }
    if !code.handlers.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for h in code.handlers.iter() {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                h.start, h.end, h.target, h.depth
            );
        }
    }
    for c in code.consts.iter() {
        if let Const::Code(child) = c {
            out.push('\n');
            one(out, child, index);
        }
    }
}

fn operand(code: &Code, instr: &Instr) -> String {
    let name = |n: u32| {
        code.names
            .get(n as usize)
            .map_or("?".to_string(), |s| s.to_string())
    };
    let var = |s: u32| {
        code.varnames
            .get(s as usize)
            .map_or("?".to_string(), |s| s.to_string())
    };
    let deref = |s: u32| {
        let s = s as usize;
        code.cellvars
            .get(s)
            .or_else(|| code.freevars.get(s - code.cellvars.len().min(s)))
            .map_or("?".to_string(), |s| s.to_string())
    };
    match *instr {
        Instr::LoadConst(k) => format!("{k} ({})", const_repr(&code.consts[k as usize])),
        Instr::LoadFast(s) | Instr::StoreFast(s) | Instr::DeleteFast(s) => {
            format!("{s} ({})", var(s))
        }
        Instr::LoadDeref(s)
        | Instr::StoreDeref(s)
        | Instr::DeleteDeref(s)
        | Instr::LoadClosure(s)
        | Instr::LoadClassDeref(s) => {
            format!("{s} ({})", deref(s))
        }
        Instr::LoadGlobal(n)
        | Instr::StoreGlobal(n)
        | Instr::DeleteGlobal(n)
        | Instr::LoadName(n)
        | Instr::StoreName(n)
        | Instr::DeleteName(n)
        | Instr::LoadAttr(n)
        | Instr::StoreAttr(n)
        | Instr::DeleteAttr(n)
        | Instr::LoadMethod(n)
        | Instr::ImportName(n)
        | Instr::ImportFrom(n) => format!("{n} ({})", name(n)),
        Instr::LoadFastAttr(s, n) | Instr::StoreFastAttr(s, n) | Instr::LoadFastMethod(s, n) => {
            format!("{s} ({}) {n} ({})", var(u32::from(s)), name(n))
        }
        Instr::LoadNameAttr(a, n) | Instr::StoreNameAttr(a, n) | Instr::LoadNameMethod(a, n) => {
            format!("{a} ({}) {n} ({})", name(u32::from(a)), name(n))
        }
        Instr::BinaryOp(op) | Instr::InplaceOp(op) => op.symbol().to_string(),
        Instr::CompareOp(op) => op.symbol().to_string(),
        Instr::LoadFastOpConst(op, s, k) => {
            format!(
                "{s} ({}) {} {k} ({})",
                var(u32::from(s)),
                op.symbol(),
                const_repr(&code.consts[k as usize])
            )
        }
        Instr::ReturnFast(s) => format!("{s} ({})", var(s)),
        Instr::ReturnConst(k) => format!("{k} ({})", const_repr(&code.consts[k as usize])),
        Instr::BinaryOpConst(op, k) | Instr::InplaceOpConst(op, k) => {
            format!(
                "{} {k} ({})",
                op.symbol(),
                const_repr(&code.consts[k as usize])
            )
        }
        Instr::CompareOpConst(op, k) => {
            format!(
                "{} {k} ({})",
                op.symbol(),
                const_repr(&code.consts[k as usize])
            )
        }
        Instr::CompareJumpIfFalse(op, t) => format!("{} to {t}", op.symbol()),
        Instr::CompareConstJumpIfFalse(op, k, t) => format!(
            "{} {k} ({}) to {t}",
            op.symbol(),
            const_repr(&code.consts[k as usize])
        ),
        _ => match instr.jump_target() {
            Some(t) => format!("to {t}"),
            None => instr.operands().join(", "),
        },
    }
}

pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(c) => format!("<code object {}>", c.name),
    }
}
