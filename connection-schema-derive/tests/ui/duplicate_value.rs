use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
pub enum Record1ObjectTypeCode {
    #[choice(label = "Profile Album")]
    ProfileAlbum = 10627,
    #[choice(label = "Customer Voice alert")]
    CustomerVoiceAlert = 10627,
    #[choice(label = "Unknown")]
    Unknown = -1,
    // Written differently, same value.
    #[choice(label = "None")]
    None = -0x1,
}

fn main() {}
