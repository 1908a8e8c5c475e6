use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum StateCode {
    #[choice(label = "")]
    Active = 0,
    #[choice(label = " \t ")]
    Inactive = 1,
}

fn main() {}
