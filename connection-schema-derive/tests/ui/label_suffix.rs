use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum StateCode {
    #[choice(label = "Active"en)]
    Active = 0,
}

fn main() {}
