use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(u8)]
pub enum StateCode {
    #[choice(label = "Active")]
    Active = 0,
}

fn main() {}
