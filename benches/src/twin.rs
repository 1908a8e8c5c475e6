//! The baseline: the same enums written the way a user would by hand with num_enum and strum.
//!
//! Shared with `build.rs` (through `#[path]`), so it uses only `std`. The variant names follow
//! a plain PascalCase rule of their own: the names cost the compiler and the benchmarks nothing,
//! so they need not match ours letter for letter.

use std::collections::BTreeSet;
use std::fmt::Write;

/// (value, label) options in declaration order.
pub type Options = Vec<(i32, String)>;

/// One enum to write: its name and its (value, label) options in declaration order.
pub struct TwinEnum<'a> {
    pub name: &'a str,
    pub options: &'a [(i32, String)],
}

/// How the twin parses labels.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// strum's default: the exact label.
    Exact,
    /// `#[strum(ascii_case_insensitive)]`, the counterpart of our `FromStr`.
    Insensitive,
}

/// What the enums derive.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Derives {
    /// num_enum's `TryFromPrimitive` and `IntoPrimitive` and strum's `EnumString`, `Display`,
    /// `IntoStaticStr`, `AsRefStr`, `VariantArray` and `EnumCount` (what our derive offers:
    /// conversions both ways, labels, `ALL`, `COUNT`), parsing labels as `Case` says.
    NumEnumStrum(Case),
    /// Only `Debug, Clone, Copy, PartialEq, Eq, Hash`: the floor of what any enum costs to build.
    Floor,
}

/// The source of `enums`, each deriving num_enum + strum with `#[repr(i32)]` and the documented
/// labels (see [`Derives::NumEnumStrum`]).
pub fn render(enums: &[TwinEnum<'_>], case: Case) -> String {
    let mut out = String::new();
    for twin in enums {
        render_one(&mut out, twin, Derives::NumEnumStrum(case));
    }
    out
}

/// Each module of (name, enums) as a `pub mod`, as our generator writes one module per table.
pub fn render_modules(modules: &[(String, Vec<TwinEnum<'_>>)], derives: Derives) -> String {
    let mut out = String::new();
    for (name, enums) in modules {
        let _ = writeln!(out, "pub mod {name} {{");
        for twin in enums {
            render_one(&mut out, twin, derives);
        }
        out.push_str("}\n\n");
    }
    out
}

fn render_one(out: &mut String, twin: &TwinEnum<'_>, derives: Derives) {
    let case = match derives {
        Derives::Floor => {
            out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n");
            None
        }
        Derives::NumEnumStrum(case) => {
            out.push_str(
                "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::num_enum::TryFromPrimitive, \
                 ::num_enum::IntoPrimitive, ::strum::EnumString, ::strum::Display, \
                 ::strum::IntoStaticStr, ::strum::AsRefStr, ::strum::VariantArray, \
                 ::strum::EnumCount)]\n",
            );
            Some(case)
        }
    };
    out.push_str("#[repr(i32)]\n#[non_exhaustive]\n");
    if case == Some(Case::Insensitive) {
        out.push_str("#[strum(ascii_case_insensitive)]\n");
    }
    let _ = writeln!(out, "pub enum {} {{", twin.name);
    let mut taken = BTreeSet::new();
    for (value, label) in twin.options {
        let mut name = variant_name(label);
        if !taken.insert(name.clone()) {
            name = format!("{name}{}", value.unsigned_abs());
            taken.insert(name.clone());
        }
        if case.is_some() {
            let _ = writeln!(out, "    #[strum(serialize = {label:?})]");
        }
        let _ = writeln!(out, "    {name} = {value},");
    }
    out.push_str("}\n\n");
}

/// PascalCase of the label's ASCII letters and digits, `V` in front of a leading digit.
fn variant_name(label: &str) -> String {
    let mut name = String::new();
    for word in label.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    name
}
