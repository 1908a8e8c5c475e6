use connection_schema::Choice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Choice)]
#[repr(i32)]
#[choice(language = 1031)]
enum Kind {
    #[choice(label = "Firma", label_in(1033 = "Account", 1033 = "Company"))]
    Account = 1,
    #[choice(label = "Kontakt", label_in(1031 = "Kontakt"))]
    Contact = 2,
    #[choice(label = "Lead", label_in(1036 = ""))]
    Lead = 3,
    #[choice(label = "Other", label_in(en = "Other"))]
    Other = 4,
}

fn main() {}
