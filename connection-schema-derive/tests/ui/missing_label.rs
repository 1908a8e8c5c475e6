use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum StateCode {
    #[choice(label = "Active")]
    Active = 0,
    /// A doc comment is not a label.
    Inactive = 1,
}

fn main() {}
