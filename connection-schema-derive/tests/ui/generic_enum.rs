use connection_schema::Choice;

// A const parameter, because an unused type or lifetime parameter would add rustc's own E0392.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum StateCode<const N: usize> {
    #[choice(label = "Active")]
    Active = 0,
}

fn main() {
    let _ = StateCode::<1>::ALL;
}
