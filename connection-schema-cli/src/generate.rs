//! `generate FILE.md...`: the Rust source a build script would write for these pages.

use connection_schema::codegen::Builder;

use crate::{usage_error, Outcome};

pub(crate) fn run(args: &[String]) -> Outcome {
    if args.is_empty() {
        return Err(usage_error("generate needs a FILE.md"));
    }
    let builder = args.iter().fold(Builder::new(), |b, file| b.page(file));
    builder.generate().map_err(|e| e.to_string())
}
