use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(allow_duplicate_label)]
pub enum StateCode {
    // A misspelled key is reported, and the label it was meant to be is not asked for again.
    #[choice(lable = "Active")]
    Active = 0,
    #[choice(label = "Inactive", description = "Not active")]
    Inactive = 1,
}

fn main() {}
