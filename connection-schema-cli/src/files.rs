//! Replacing files whole: readers (and the build script) see the old bytes or the new ones,
//! never a part, and a failure leaves the old file as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes a temporary file next to `target` and renames it over `target`: a rename within one
/// folder replaces the file whole, so readers see the old page or the new one, never a part.
pub(crate) fn write_atomically(target: &Path, bytes: &[u8]) -> Result<(), String> {
    stage(target, bytes)?.commit()
}

/// A finished temporary file next to its target, not yet renamed over it. Staging every file of
/// a set before committing any keeps a failure while writing (a full disk, say) from leaving
/// half of the set new and half old. Dropped uncommitted, it removes its temporary file.
pub(crate) struct Staged {
    temp: PathBuf,
    target: PathBuf,
    committed: bool,
}

pub(crate) fn stage(target: &Path, bytes: &[u8]) -> Result<Staged, String> {
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let staged = Staged {
        temp: target.with_file_name(format!(".{file_name}.{}.tmp", std::process::id())),
        target: target.to_owned(),
        committed: false,
    };
    std::fs::File::create(&staged.temp)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        // Dropping `staged` removes whatever part of the temporary file was written.
        .map_err(|e| format!("{}: cannot write: {e}", target.display()))?;
    Ok(staged)
}

impl Staged {
    pub(crate) fn commit(mut self) -> Result<(), String> {
        std::fs::rename(&self.temp, &self.target)
            .map_err(|e| format!("{}: cannot write: {e}", self.target.display()))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            // Best effort: the temporary file is ours and useless now; the target is untouched.
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}
