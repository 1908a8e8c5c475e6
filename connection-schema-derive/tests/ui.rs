//! Compile errors of `#[derive(Choice)]`: each `ui/*.rs` must fail with exactly the reviewed
//! `ui/*.stderr`, which shows one error per mistake, at the mistaken tokens.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
