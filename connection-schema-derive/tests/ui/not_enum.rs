use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(C)]
pub struct ProfileAlbum {
    value: i32,
}

fn main() {
    // The stubs keep these from adding errors of their own.
    let _ = ProfileAlbum::ALL;
    let _ = ProfileAlbum::from_value(1);
    let _: Result<ProfileAlbum, _> = "x".parse();
}
