use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum StatusCode {
    #[choice(label = "Active")]
    Active = 1,
    #[choice(label = "Inactive")]
    Inactive = 2,
    #[choice(label = "Active")]
    Reactivated = 3,
}

fn main() {}
