//! Integration tests of the PolNeAR scorer.

mod brat;
mod polnear_dev;
mod scoring;
mod text;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A corpus directory written by a test, removed when dropped.
pub struct TempCorpus {
    dir: PathBuf,
}

impl TempCorpus {
    /// Creates an empty `text/` and `attributions/` under a fresh temporary directory.
    pub fn new(name: &str) -> TempCorpus {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "whosaid-eval-{}-{unique}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("text")).unwrap();
        std::fs::create_dir_all(dir.join("attributions")).unwrap();
        TempCorpus { dir }
    }

    /// The corpus directory.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `text/<article>.txt`.
    pub fn text(&self, article: &str, text: &str) -> &TempCorpus {
        std::fs::write(self.dir.join("text").join(format!("{article}.txt")), text).unwrap();
        self
    }

    /// Writes `attributions/<file_stem>.ann`.
    pub fn ann(&self, file_stem: &str, ann: &str) -> &TempCorpus {
        let path = self
            .dir
            .join("attributions")
            .join(format!("{file_stem}.ann"));
        std::fs::write(path, ann).unwrap();
        self
    }
}

impl Drop for TempCorpus {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The code-point range of the first `needle` in `text`, as BRAT writes it: "start end".
pub fn span(text: &str, needle: &str) -> String {
    let byte = text.find(needle).unwrap();
    let start = text[..byte].chars().count();
    format!("{start} {}", start + needle.chars().count())
}
