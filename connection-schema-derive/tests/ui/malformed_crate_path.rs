use connection_schema::Choice;

// A string, as `#[serde(crate = "...")]` takes it, is not a path here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(crate = "connection_schema")]
pub enum StateCode {
    #[choice(label = "Active")]
    Active = 0,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(crate)]
pub enum StatusCode {
    #[choice(label = "Active")]
    Active = 1,
}

fn main() {}
