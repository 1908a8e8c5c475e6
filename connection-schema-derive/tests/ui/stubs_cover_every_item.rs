use connection_schema::{Choice, MultiSelect, Open};

// The enum is wrong (no `repr`), yet every item the derive would add exists, so code using them
// adds no error of its own: only the derive's one error is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
pub enum StateCode {
    #[choice(label = "Active")]
    Active = 0,
}

// The same for a generic input, whose stubs carry its generics (`Deserialize` adds a lifetime).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum Generic<const N: usize> {
    #[choice(label = "Active")]
    Active = 0,
}

fn main() {
    let _ = StateCode::from_label_ignore_ascii_case("active");
    let _ = StateCode::COUNT;
    let _ = StateCode::from_value(0);
    let _: Result<StateCode, _> = "Active".parse();
    let _ = serde_json::to_string(&StateCode::Active);
    let _: Result<StateCode, _> = serde_json::from_str("0");
    let _: Open<StateCode> = Open::from(0);
    let _: Option<MultiSelect<StateCode>> = "0".parse().ok();
    let _ = serde_json::to_string(&Generic::<1>::Active);
    let _: Result<Generic<1>, _> = serde_json::from_str("0");
}
