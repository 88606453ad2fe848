//! The contract between the compiler and the VM: the instruction set (`opcode`), the code object
//! (`code`) and its printer (`dis`).

pub mod code;
pub mod dis;
pub mod opcode;

pub use code::{Code, CodeKind, Const, Handler, Location, Source};
pub use opcode::{BinOp, CmpOp, Conv, Instr, UnOp};
