use connection_schema::Choice;

// The path is used as written, and a wrong one is reported once, where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(crate = connection_schemaa)]
pub enum StateCode {
    #[choice(label = "Active")]
    Active = 0,
}

fn main() {}
