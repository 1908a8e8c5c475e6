use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum StateCode {
    #[choice(label = "Active")]
    Active = 0,
    #[choice(label = "Inactive")]
    Inactive,
}

fn main() {}
