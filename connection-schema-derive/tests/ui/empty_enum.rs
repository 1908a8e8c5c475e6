use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
pub enum StateCode {}

fn main() {}
