use connection_schema::Choice;

// All reported in one build, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
pub enum StateCode {
    #[choice(label = "Active")]
    Active = 0,
    Inactive = 1,
    #[choice(label = "Active")]
    Pending,
}

fn main() {
    // Uses of the enum add nothing.
    let _ = StateCode::from_label("Active");
    let _ = StateCode::ALL;
    let _ = i32::from(StateCode::Active);
    let _ = StateCode::Active.to_string();
    fn generic<C: Choice>() {}
    generic::<StateCode>();
}
