use connection_schema::Choice;

// Unions cannot even derive `Debug` or `Eq`, which the `Choice` trait requires: still only the
// derive's error is reported.
#[derive(Clone, Copy, Choice)]
#[repr(C)]
pub union Value {
    int: i32,
    float: f32,
}

fn main() {}
