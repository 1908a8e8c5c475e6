use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(label = "State")]
pub enum StateCode {
    #[choice(label = "Active", allow_duplicate_labels)]
    Active = 0,
}

fn main() {}
