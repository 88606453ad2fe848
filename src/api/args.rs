//! `IntoArgs`: the positional arguments of a call from Rust into Python.

use super::convert::IntoPy;
use super::object::Object;

/// Positional arguments for [`Namespace::call`](super::Namespace::call): `()`, a tuple of
/// [`IntoPy`] values (`(1, "x")`, `(vec![1, 2],)`), or a `Vec<Object>`.
pub trait IntoArgs {
    /// The arguments as Python values.
    fn into_args(self) -> Vec<Object>;
}

impl IntoArgs for () {
    fn into_args(self) -> Vec<Object> {
        Vec::new()
    }
}

impl IntoArgs for Vec<Object> {
    fn into_args(self) -> Vec<Object> {
        self
    }
}

macro_rules! tuple_args {
    ($($t:ident $i:tt),+) => {
        impl<$($t: IntoPy),+> IntoArgs for ($($t,)+) {
            fn into_args(self) -> Vec<Object> {
                vec![$(self.$i.into_py()),+]
            }
        }
    };
}

tuple_args!(A 0);
tuple_args!(A 0, B 1);
tuple_args!(A 0, B 1, C 2);
tuple_args!(A 0, B 1, C 2, D 3);
tuple_args!(A 0, B 1, C 2, D 3, E 4);
tuple_args!(A 0, B 1, C 2, D 3, E 4, F 5);
