use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum StateCode {
    #[choice]
    Active = 0,
    #[choice(label = 1)]
    Inactive = 1,
    #[choice(label)]
    Pending = 2,
}

fn main() {}
