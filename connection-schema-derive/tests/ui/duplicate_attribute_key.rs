use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(allow_duplicate_labels, crate = connection_schema)]
#[choice(allow_duplicate_labels, crate = connection_schema)]
pub enum StateCode {
    #[choice(label = "Active", label = "Enabled")]
    Active = 0,
    #[choice(label = "Inactive")]
    #[choice(label = "Disabled")]
    Inactive = 1,
}

fn main() {}
