use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum Shape {
    #[choice(label = "Tuple")]
    Tuple(i32) = 1,
    #[choice(label = "Struct")]
    Struct { value: i32 } = 2,
    #[choice(label = "Unit")]
    Unit = 3,
}

fn main() {}
