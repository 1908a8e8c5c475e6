//! Rust identifiers for generated code: [`type_name`] turns a column's schema name into an enum
//! name, [`variant_names`] turns its option labels into variant names.
//!
//! # The rule
//!
//! 1. **Transliterate.** Letters of Latin-1 Supplement and Latin Extended-A become ASCII through
//!    a built-in table. A letter with a diacritic becomes its base letter (`é` → `e`, `ñ` → `n`,
//!    `ç` → `c`, `ø` → `o`, `ł` → `l`, `đ` → `d`, `ı` → `i`, and `ü` → `u`, `ö` → `o`, `ä` → `a`
//!    rather than the German `ue`, `oe`, `ae`); a letter with no base letter gets its usual
//!    spelling (`ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `þ` → `th`, `ð` → `d`, `ĳ` → `ij`). Uppercase
//!    letters map the same way; a two-letter result is written `Ae` before a lowercase letter and
//!    `AE` elsewhere (`Æsir` → `Aesir`; `ÆSIR` → `AESIR`, which rule 3 turns into `Aesir`).
//!    Latin-1's other letters and numbers map too: `ª` → `a`, `º` → `o`, `µ` (micro sign) → `u`,
//!    `¹²³` → `123`, `¼ ½ ¾` → `Quarter Half ThreeQuarters`. Any other non-ASCII letter or digit
//!    (CJK, Greek, Cyrillic, ...) becomes a word of its own, `U` and its code point in uppercase
//!    hex with at least four digits (`日` → `U65E5`, `α` → `U03B1`), so no label loses all its
//!    characters.
//!    Invisible characters are dropped without splitting a word: combining diacritical marks
//!    (U+0300–U+036F, so a decomposed `é` behaves like `é`), the soft hyphen and the zero-width
//!    characters (U+200B–U+200D, U+2060, U+FEFF). Every other non-ASCII character (emoji, `–`,
//!    `’`, `×`, no-break space) is a separator.
//! 2. **Split** into words at every character that is not an ASCII letter or digit (space, `&`,
//!    `/`, `(`, `)`, `-`, `_`, `.`, `'`, ...). Letters and digits stay together: `Record1` and
//!    `2nd` are one word each.
//! 3. **Case** each word: its first character is uppercased; the rest is lowercased when the
//!    word's letters are all uppercase or all lowercase (`SLA` → `Sla`, `alert` → `Alert`), and
//!    kept as written when they mix cases (`LinkedIn`, `iPhone` → `IPhone`, `ObjectTypeCode`).
//!    `U` words are kept as written. The words are concatenated. If the result is only uppercase
//!    letters and longer than two characters (`A B C`, a lone `UABCD`), everything after its
//!    first character is lowercased (`Abc`), because clippy's `upper_case_acronyms` flags such
//!    names.
//! 4. **Leading digit:** a result that starts with a digit gets the prefix `V` (`1 hour` →
//!    `V1Hour`, `24/7` → `V247`).
//! 5. **Empty:** a variant whose label has no letter or digit is named `Value` and its value,
//!    with `Minus` for a negative value (`Value3`, `ValueMinus1`).
//! 6. **Reserved names:** a result that is a Rust keyword (strict, reserved or weak, compared
//!    case-sensitively) gets `Value` appended; Pascal case can only produce `Self`, which becomes
//!    `SelfValue`.
//! 7. **Collisions** (variants only): options are named in document order and the first to reach
//!    a name keeps it. A later option whose name is taken gets its value appended (`Active`, then
//!    `Active2` for value 2, `ActiveMinus3` for -3). If that is taken too, because another label
//!    already reads like a suffixed name or a value repeats, `Alt` is appended, then `Alt2`,
//!    `Alt3`, ... in its place, until the name is free.
//! 8. **Type names** follow rules 1–6, with `Column` for an empty result, except that the two
//!    system columns every table has keep their words when a legacy page writes them in
//!    lowercase: `statecode` → `StateCode`, `statuscode` → `StatusCode` (compared ignoring
//!    ASCII case), so that pages of every era give one name. They also get `Value`
//!    appended when they equal a name of the Rust prelude (`Option`, `Result`, `String`, `Vec`,
//!    `Box`, `Some`, `None`, `Ok`, `Err`, the prelude traits, `Future`), which the generated enum
//!    would otherwise shadow for all code in its module.
//!
//! Every result therefore matches `[A-Z][A-Za-z0-9]*`: no underscore for rustc's
//! `non_camel_case_types` to object to, no all-uppercase name longer than two letters, no
//! keyword, and, within one column, no repeated variant name. The result depends only on the
//! input, so the same page always generates the same names.
//!
//! | label or schema name | name |
//! |---|---|
//! | `Customer Voice alert` | `CustomerVoiceAlert` |
//! | `Ongoing conversation (Deprecated)` | `OngoingConversationDeprecated` |
//! | `Sales & Marketing / EMEA` | `SalesMarketingEmea` |
//! | `Café` | `Cafe` |
//! | `Überprüfung Straße` | `UberprufungStrasse` |
//! | `日本` | `U65E5U672C` |
//! | `1 hour` | `V1Hour` |
//! | `—` with value -1 | `ValueMinus1` |
//! | `Self` | `SelfValue` |
//! | `msdyn_channel` | `MsdynChannel` |
//! | `Record1ObjectTypeCode` | `Record1ObjectTypeCode` |

use std::collections::HashSet;
use std::format;
use std::string::String;
use std::vec::Vec;

/// Every Rust keyword of edition 2021 and later: strict, reserved and weak. Only `Self` can come
/// out of rules 1–5, but checking them all keeps the guarantee independent of that argument.
const KEYWORDS: &[&str] = &[
    "Self",
    "abstract",
    "as",
    "async",
    "await",
    "become",
    "box",
    "break",
    "const",
    "continue",
    "crate",
    "do",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "final",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "macro",
    "macro_rules",
    "match",
    "mod",
    "move",
    "mut",
    "override",
    "priv",
    "pub",
    "raw",
    "ref",
    "return",
    "safe",
    "self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "try",
    "type",
    "typeof",
    "union",
    "unsafe",
    "unsized",
    "use",
    "virtual",
    "where",
    "while",
    "yield",
];

/// Names of the std prelude (2021, plus what 2024 adds). A generated type with one of these names
/// would shadow it in the generated module, so code there writing `Option<Self>` would break.
const PRELUDE_NAMES: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Future",
    "Into",
    "IntoFuture",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Schema names that every table has, whose words lowercase spellings would hide.
const WELL_KNOWN_TYPE_NAMES: [(&str, &str); 2] =
    [("statecode", "StateCode"), ("statuscode", "StatusCode")];

/// Pascal-case type name from a column schema name:
/// `Record1ObjectTypeCode` -> `Record1ObjectTypeCode`, `msdyn_channel` -> `MsdynChannel`,
/// `statecode` -> `StateCode`.
pub fn type_name(schema_name: &str) -> String {
    if let Some((_, known)) = WELL_KNOWN_TYPE_NAMES
        .iter()
        .find(|(schema, _)| schema.eq_ignore_ascii_case(schema_name.trim()))
    {
        return (*known).to_owned();
    }
    let mut name = pascal_case(schema_name);
    if name.is_empty() {
        name.push_str("Column");
    }
    let mut name = avoid_leading_digit(name);
    if is_keyword(&name) || PRELUDE_NAMES.contains(&name.as_str()) {
        name.push_str("Value");
    }
    name
}

/// One valid, unique Rust identifier per option, same order as the input (value, label) pairs,
/// in document order. Deterministic: same input, same output.
pub fn variant_names(options: &[(i32, &str)]) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::with_capacity(options.len());
    let mut names = Vec::with_capacity(options.len());
    for &(value, label) in options {
        let name = unique_name(variant_base_name(value, label), value, &taken);
        taken.insert(name.clone());
        names.push(name);
    }
    names
}

/// Rules 1–6 for one option, before collisions are looked at.
fn variant_base_name(value: i32, label: &str) -> String {
    let mut name = pascal_case(label);
    if name.is_empty() {
        name.push_str("Value");
        name.push_str(&value_suffix(value));
    }
    let mut name = avoid_leading_digit(name);
    if is_keyword(&name) {
        name.push_str("Value");
    }
    name
}

/// Rule 7. Every candidate extends `base` with letters and digits only, so it stays camel case
/// and cannot turn into a keyword or an all-uppercase name.
fn unique_name(base: String, value: i32, taken: &HashSet<String>) -> String {
    if !taken.contains(&base) {
        return base;
    }
    let with_value = format!("{base}{}", value_suffix(value));
    if !taken.contains(&with_value) {
        return with_value;
    }
    let alt = format!("{with_value}Alt");
    if !taken.contains(&alt) {
        return alt;
    }
    // The candidates below are all distinct and `taken` is finite, so at most `taken.len()` of
    // them can be refused before one is free.
    let mut counter: usize = 2;
    loop {
        let candidate = format!("{alt}{counter}");
        if !taken.contains(&candidate) {
            return candidate;
        }
        counter += 1;
    }
}

/// A value as letters and digits only, since `-` cannot appear in an identifier. Widened to
/// `i64` because `i32::MIN` has no positive `i32` counterpart.
fn value_suffix(value: i32) -> String {
    let magnitude = i64::from(value).abs();
    if value < 0 {
        format!("Minus{magnitude}")
    } else {
        format!("{magnitude}")
    }
}

fn avoid_leading_digit(name: String) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else {
        name
    }
}

fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Rules 1–3: the words of `text`, cased and concatenated. Empty when `text` has no letter or
/// digit at all.
fn pascal_case(text: &str) -> String {
    let chars: Vec<char> = text.chars().filter(|&c| !is_invisible(c)).collect();
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for (at, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if let Some(ascii) = latin_to_ascii(c) {
            let before_lowercase = chars.get(at + 1).is_some_and(|next| next.is_lowercase());
            push_transliteration(&mut word, ascii, before_lowercase);
        } else {
            push_word(&mut out, &word);
            word.clear();
            if !c.is_ascii() && c.is_alphanumeric() {
                out.push_str(&format!("U{:04X}", u32::from(c)));
            }
        }
    }
    push_word(&mut out, &word);
    if out.len() > 2 && out.bytes().all(|b| b.is_ascii_uppercase()) {
        // Recasing the whole name as one all-uppercase word gives exactly `Abc`.
        let shouted = std::mem::take(&mut out);
        push_word(&mut out, &shouted);
    }
    out
}

/// Characters a reader cannot see: splitting at them would cut words that look whole.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{300}'..='\u{36F}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Title case for a two-letter capital (`Æ` in `Æsir`) keeps the word from reading as mixed case
/// (`AEsir`), which rule 3 would otherwise preserve.
fn push_transliteration(word: &mut String, ascii: &str, before_lowercase: bool) {
    let mut letters = ascii.chars();
    let is_capital_pair = ascii.len() > 1 && ascii.bytes().all(|b| b.is_ascii_uppercase());
    match letters.next() {
        Some(first) if before_lowercase && is_capital_pair => {
            word.push(first);
            word.extend(letters.map(|c| c.to_ascii_lowercase()));
        }
        _ => word.push_str(ascii),
    }
}

fn push_word(out: &mut String, word: &str) {
    let has_upper = word.bytes().any(|b| b.is_ascii_uppercase());
    let has_lower = word.bytes().any(|b| b.is_ascii_lowercase());
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        out.push(first.to_ascii_uppercase());
        if has_upper && has_lower {
            out.push_str(chars.as_str());
        } else {
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
}

/// The built-in table of rule 1. Uppercase letters map to uppercase ASCII so that rule 3 sees the
/// label's own casing.
fn latin_to_ascii(c: char) -> Option<&'static str> {
    let ascii = match c {
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ª' => "a",
        'Æ' => "AE",
        'æ' => "ae",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ð' | 'Ď' | 'Đ' => "D",
        'ð' | 'ď' | 'đ' => "d",
        'È'..='Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' => "H",
        'ĥ' | 'ħ' => "h",
        'Ì'..='Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'Ĵ' => "J",
        'ĵ' => "j",
        'Ķ' => "K",
        'ķ' | 'ĸ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' | 'Ŋ' => "N",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "O",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'º' => "o",
        'Œ' => "OE",
        'œ' => "oe",
        'Ŕ' | 'Ŗ' | 'Ř' => "R",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => "s",
        // Capital sharp s lies outside both blocks, but `ß` is in the table and its capital
        // should not fall back to a code point.
        'ẞ' => "SS",
        'ß' => "ss",
        'Ţ' | 'Ť' | 'Ŧ' => "T",
        'ţ' | 'ť' | 'ŧ' => "t",
        'Þ' => "TH",
        'þ' => "th",
        'Ù'..='Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
        // U+00B5 is the micro sign of Latin-1, not the Greek mu, which falls back to `U03BC`.
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | '\u{B5}' => "u",
        'Ŵ' => "W",
        'ŵ' => "w",
        'Ý' | 'Ŷ' | 'Ÿ' => "Y",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        '¹' => "1",
        '²' => "2",
        '³' => "3",
        '¼' => "Quarter",
        '½' => "Half",
        '¾' => "ThreeQuarters",
        _ => return None,
    };
    Some(ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(options: &[(i32, &str)]) -> Vec<String> {
        variant_names(options)
    }

    fn one(label: &str) -> String {
        names(&[(1, label)]).concat()
    }

    /// `^[A-Z][A-Za-z0-9]*$`, without a regex crate.
    fn is_upper_camel(name: &str) -> bool {
        let mut bytes = name.bytes();
        bytes.next().is_some_and(|b| b.is_ascii_uppercase())
            && bytes.all(|b| b.is_ascii_alphanumeric())
    }

    /// What clippy's `upper_case_acronyms` flags with its default configuration.
    fn is_shouting(name: &str) -> bool {
        name.len() > 2 && name.bytes().all(|b| b.is_ascii_uppercase())
    }

    fn assert_acceptable(name: &str, input: &str) {
        assert!(is_upper_camel(name), "{name:?} from {input:?}");
        assert!(!is_shouting(name), "{name:?} from {input:?}");
        assert!(!is_keyword(name), "{name:?} from {input:?}");
    }

    #[test]
    fn type_name_examples() {
        assert_eq!(type_name("Record1ObjectTypeCode"), "Record1ObjectTypeCode");
        assert_eq!(type_name("msdyn_channel"), "MsdynChannel");
        assert_eq!(type_name("statecode"), "StateCode");
        assert_eq!(type_name("STATUSCODE"), "StatusCode");
        assert_eq!(type_name("msdyn_statecode"), "MsdynStatecode");
        assert_eq!(type_name("StateCode"), "StateCode");
        assert_eq!(type_name("adx_SLA_level"), "AdxSlaLevel");
        assert_eq!(type_name("new_Überprüfung"), "NewUberprufung");
    }

    #[test]
    fn type_name_fallbacks() {
        assert_eq!(type_name(""), "Column");
        assert_eq!(type_name("__"), "Column");
        assert_eq!(type_name("😀"), "Column");
        assert_eq!(type_name("1st_choice"), "V1stChoice");
        assert_eq!(type_name("self"), "SelfValue");
        assert_eq!(type_name("SELF"), "SelfValue");
        assert_eq!(type_name("option"), "OptionValue");
        assert_eq!(type_name("Result"), "ResultValue");
        assert_eq!(type_name("string"), "StringValue");
        assert_eq!(type_name("vec"), "VecValue");
        assert_eq!(type_name("OptionSet"), "OptionSet");
        assert_eq!(type_name("SLA"), "Sla");
        assert_eq!(type_name("a_b_c"), "Abc");
        assert_eq!(type_name("日本"), "U65E5U672C");
    }

    #[test]
    fn label_examples() {
        assert_eq!(one("Customer Voice alert"), "CustomerVoiceAlert");
        assert_eq!(
            one("Ongoing conversation (Deprecated)"),
            "OngoingConversationDeprecated"
        );
        assert_eq!(one("Sales & Marketing / EMEA"), "SalesMarketingEmea");
        assert_eq!(one("Café"), "Cafe");
        assert_eq!(one("SLA"), "Sla");
        assert_eq!(one("alert"), "Alert");
        assert_eq!(one("LinkedIn"), "LinkedIn");
        assert_eq!(one("iPhone"), "IPhone");
        assert_eq!(one("ObjectTypeCode"), "ObjectTypeCode");
        assert_eq!(one("Record1"), "Record1");
        assert_eq!(one("Record 2nd"), "Record2nd");
        assert_eq!(one("It's-a_test.v2"), "ItSATestV2");
        assert_eq!(one("  padded  "), "Padded");
    }

    #[test]
    fn separators_outside_ascii() {
        assert_eq!(one("Draft – final"), "DraftFinal");
        assert_eq!(one("Customer’s choice"), "CustomerSChoice");
        assert_eq!(one("Happy 😀 path"), "HappyPath");
        assert_eq!(one("4×4"), "V44");
        assert_eq!(one("no\u{A0}break"), "NoBreak");
    }

    #[test]
    fn invisible_characters_do_not_split_words() {
        assert_eq!(one("Cafe\u{301}"), "Cafe");
        assert_eq!(one("e\u{301}te\u{301}"), "Ete");
        assert_eq!(one("Infor\u{AD}mation"), "Information");
        assert_eq!(one("state\u{200B}code"), "Statecode");
        assert_eq!(one("\u{FEFF}Active"), "Active");
    }

    #[test]
    fn latin_transliteration() {
        assert_eq!(one("Überprüfung Straße"), "UberprufungStrasse");
        assert_eq!(one("ÜBERPRÜFUNG STRASSE"), "UberprufungStrasse");
        assert_eq!(one("STRAẞE"), "Strasse");
        assert_eq!(one("à é ñ ç"), "Aenc");
        assert_eq!(one("Señor Ñandú"), "SenorNandu");
        assert_eq!(one("Façade"), "Facade");
        assert_eq!(one("Łódź"), "Lodz");
        assert_eq!(one("Đakovo"), "Dakovo");
        assert_eq!(one("smørrebrød"), "Smorrebrod");
        assert_eq!(one("Øresund"), "Oresund");
        assert_eq!(one("þorn"), "Thorn");
        assert_eq!(one("Þórr"), "Thorr");
        assert_eq!(one("ÞÓRR"), "Thorr");
        assert_eq!(one("Æsir"), "Aesir");
        assert_eq!(one("ÆSIR"), "Aesir");
        assert_eq!(one("æther"), "Aether");
        assert_eq!(one("Œuvre"), "Oeuvre");
        assert_eq!(one("sœur"), "Soeur");
        assert_eq!(one("Ĳssel"), "Ijssel");
        assert_eq!(one("ðing"), "Ding");
        assert_eq!(one("İstanbul"), "Istanbul");
        assert_eq!(one("ıskele"), "Iskele");
        assert_eq!(one("Ørsted Æ"), "OrstedAe");
        assert_eq!(one("m² ½ day"), "M2HalfDay");
        assert_eq!(one("5 µs"), "V5Us");
    }

    #[test]
    fn transliteration_table_covers_both_blocks() {
        let latin = ('\u{A0}'..='\u{17F}').chain(['ẞ']);
        let mut missing = Vec::new();
        for c in latin.filter(|c| c.is_alphanumeric()) {
            let Some(ascii) = latin_to_ascii(c) else {
                missing.push(c);
                continue;
            };
            assert!(!ascii.is_empty(), "{c:?}");
            assert!(ascii.bytes().all(|b| b.is_ascii_alphanumeric()), "{c:?}");
            if c.is_uppercase() {
                assert!(ascii.bytes().all(|b| b.is_ascii_uppercase()), "{c:?}");
            }
            if c.is_lowercase() {
                assert!(ascii.bytes().all(|b| b.is_ascii_lowercase()), "{c:?}");
            }
        }
        assert!(missing.is_empty(), "no table entry for {missing:?}");
        for c in ['×', '÷', '§', '©', '\u{A0}', '¿'] {
            assert_eq!(latin_to_ascii(c), None, "{c:?}");
        }
    }

    #[test]
    fn other_scripts_fall_back_to_code_points() {
        assert_eq!(one("日"), "U65E5");
        assert_eq!(one("日本"), "U65E5U672C");
        assert_eq!(one("Tokyo 東京"), "TokyoU6771U4EAC");
        assert_eq!(one("α"), "U03B1");
        assert_eq!(one("Ωmega"), "U03A9Mega");
        assert_eq!(one("Привет"), "U041FU0440U0438U0432U0435U0442");
        assert_eq!(one("\u{B5}"), "U");
        assert_eq!(one("\u{3BC}"), "U03BC");
        assert_eq!(one("٣"), "U0663");
        assert_eq!(one("𝔸"), "U1D538");
        // All hex digits of U+ABCD are letters: the whole name would be an all-caps acronym.
        assert_eq!(one("\u{ABCD}"), "Uabcd");
        assert_eq!(one("\u{ABCD}1"), "UABCD1");
    }

    #[test]
    fn leading_digits() {
        assert_eq!(one("1 hour"), "V1Hour");
        assert_eq!(one("24/7"), "V247");
        assert_eq!(one("2nd"), "V2nd");
        assert_eq!(one("2ND shift"), "V2ndShift");
        assert_eq!(one("0"), "V0");
        assert_eq!(one("(3) High"), "V3High");
    }

    #[test]
    fn empty_labels() {
        assert_eq!(names(&[(7, "")]), ["Value7"]);
        assert_eq!(names(&[(0, "---")]), ["Value0"]);
        assert_eq!(names(&[(-1, "😀")]), ["ValueMinus1"]);
        assert_eq!(names(&[(5, " / & ( ) ")]), ["Value5"]);
        assert_eq!(names(&[(3, "\u{301}")]), ["Value3"]);
        assert_eq!(
            names(&[(1, "-"), (2, "–"), (-2, "")]),
            ["Value1", "Value2", "ValueMinus2"]
        );
    }

    #[test]
    fn i32_extremes() {
        assert_eq!(names(&[(i32::MIN, "")]), ["ValueMinus2147483648"]);
        assert_eq!(names(&[(i32::MAX, "")]), ["Value2147483647"]);
        assert_eq!(
            names(&[(1, "A"), (i32::MIN, "A"), (i32::MAX, "A")]),
            ["A", "AMinus2147483648", "A2147483647"]
        );
    }

    #[test]
    fn keywords() {
        assert_eq!(one("Self"), "SelfValue");
        assert_eq!(one("self"), "SelfValue");
        assert_eq!(one("SELF"), "SelfValue");
        assert_eq!(one("Self-service"), "SelfService");
        assert_eq!(one("Type"), "Type");
        assert_eq!(one("None"), "None");
        assert_eq!(
            names(&[(1, "Self"), (2, "Self value"), (3, "self")]),
            ["SelfValue", "SelfValue2", "SelfValue3"]
        );
        for keyword in KEYWORDS {
            assert_acceptable(&one(keyword), keyword);
            assert_acceptable(&type_name(keyword), keyword);
        }
    }

    #[test]
    fn all_caps_guard() {
        assert_eq!(one("A B C"), "Abc");
        assert_eq!(one("A/B"), "AB");
        assert_eq!(one("X"), "X");
        assert_eq!(one("A B 1"), "AB1");
        assert_eq!(one("ALL"), "All");
        assert_eq!(one("NAME"), "Name");
    }

    #[test]
    fn collisions_take_the_value() {
        assert_eq!(
            names(&[(1, "Active"), (2, "Active")]),
            ["Active", "Active2"]
        );
        assert_eq!(
            names(&[(1, "Active"), (-3, "active")]),
            ["Active", "ActiveMinus3"]
        );
        assert_eq!(
            names(&[(1, "Active"), (2, "ACTIVE"), (3, "active!")]),
            ["Active", "Active2", "Active3"]
        );
        assert_eq!(
            names(&[(0, "Open"), (1, "Open"), (0, "Closed")]),
            ["Open", "Open1", "Closed"]
        );
    }

    #[test]
    fn collisions_with_suffixed_names() {
        // A later label that reads like an earlier suffixed name.
        assert_eq!(names(&[(1, "A"), (2, "A"), (3, "A2")]), ["A", "A2", "A23"]);
        // An earlier label that reads like a later suffixed name.
        assert_eq!(
            names(&[(1, "A"), (5, "A2"), (2, "A")]),
            ["A", "A2", "A2Alt"]
        );
        assert_eq!(
            names(&[(1, "A"), (5, "A2"), (6, "A2Alt"), (2, "A")]),
            ["A", "A2", "A2Alt", "A2Alt2"]
        );
        // Values are unique in a well-formed column; a repeated one must still not repeat names.
        assert_eq!(
            names(&[(2, "A"), (2, "A"), (2, "A"), (2, "A")]),
            ["A", "A2", "A2Alt", "A2Alt2"]
        );
        // An empty label's fallback can collide with a real label.
        assert_eq!(names(&[(5, "Value 5"), (5, "")]), ["Value5", "Value55"]);
        assert_eq!(names(&[(1, "V1"), (2, "1")]), ["V1", "V12"]);
    }

    #[test]
    fn determinism() {
        let options = [
            (1, "Active"),
            (2, "Active"),
            (3, "日本"),
            (-1, ""),
            (4, "Self"),
            (5, "A2"),
            (6, "A"),
            (7, "A"),
        ];
        let first = names(&options);
        for _ in 0..10 {
            assert_eq!(names(&options), first);
        }
        assert_eq!(
            first,
            [
                "Active",
                "Active2",
                "U65E5U672C",
                "ValueMinus1",
                "SelfValue",
                "A2",
                "A",
                "A7"
            ]
        );
    }

    #[test]
    fn output_matches_input_length() {
        assert!(names(&[]).is_empty());
        assert_eq!(names(&[(1, "x"); 50]).len(), 50);
    }

    /// xorshift64*: a fixed seed gives the same labels on every run, without a rand crate.
    struct Rng(u64);

    impl Rng {
        fn next_u64(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, bound: usize) -> usize {
            usize::try_from(self.next_u64() % u64::try_from(bound).unwrap_or(1)).unwrap_or(0)
        }

        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len())]
        }
    }

    const POOL: &[char] = &[
        'a', 'b', 'e', 'f', 'l', 's', 'z', 'A', 'B', 'C', 'S', 'Z', '0', '1', '2', '9', ' ', ' ',
        '&', '/', '(', ')', '-', '_', '.', '\'', 'é', 'É', 'Æ', 'æ', 'ß', 'ẞ', 'ł', 'Þ', 'ĳ', 'ª',
        '½', '²', '\u{B5}', '日', 'α', 'Ж', '😀', '–', '’', '\u{301}', '\u{200B}', '\u{AD}',
        '\u{A0}', '\u{ABCD}', '٣', '𝔸', '×',
    ];

    const SEEDS: &[&str] = &[
        "", "A", "A2", "A2Alt", "Self", "self", "a b c", "Value 1", "V1", "1", "日", "Active",
        "Option",
    ];

    fn random_label(rng: &mut Rng) -> String {
        if rng.below(4) == 0 {
            return String::from(*rng.pick(SEEDS));
        }
        let len = rng.below(12);
        (0..len).map(|_| *rng.pick(POOL)).collect()
    }

    fn random_value(rng: &mut Rng) -> i32 {
        match rng.below(6) {
            0 => i32::MIN,
            1 => i32::MAX,
            2 => 0,
            // Truncation is the point: any bit pattern is a value.
            _ => rng.next_u64() as i32 % 20,
        }
    }

    #[test]
    fn generated_labels_give_acceptable_unique_names() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5_000 {
            let count = 1 + rng.below(10);
            let labels: Vec<String> = (0..count).map(|_| random_label(&mut rng)).collect();
            let options: Vec<(i32, &str)> = labels
                .iter()
                .map(|label| (random_value(&mut rng), label.as_str()))
                .collect();
            let result = variant_names(&options);
            assert_eq!(result.len(), options.len());
            for (name, (_, label)) in result.iter().zip(&options) {
                assert_acceptable(name, label);
                let ty = type_name(label);
                assert_acceptable(&ty, label);
                assert!(!PRELUDE_NAMES.contains(&ty.as_str()), "{label:?}");
            }
            let unique: HashSet<&String> = result.iter().collect();
            assert_eq!(unique.len(), result.len(), "{options:?} -> {result:?}");
            assert_eq!(variant_names(&options), result, "{options:?}");
        }
    }
}
