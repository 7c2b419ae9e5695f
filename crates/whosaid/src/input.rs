//! Input readers: a folder of `.txt` files with an optional `manifest.csv`, or a JSON Lines
//! file. Bad input (invalid UTF-8, empty or binary files, malformed manifest rows or JSON
//! lines) becomes an [`InputError`] naming the file and line; the other documents still come.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;

use crate::Document;
use whosaid_entities::Date;

/// A problem with one input document or metadata row. The batch goes on without it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct InputError {
    /// The file, or `file:line`.
    pub origin: String,
    /// What is wrong, in lower case.
    pub message: String,
}

impl InputError {
    fn new(origin: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            origin: origin.into(),
            message: message.into(),
        }
    }
}

/// Where documents come from. Opening reads only metadata; [`Input::documents`] streams the
/// articles and can be called more than once (the run makes one pass to count repeated lines
/// and one to analyse).
#[derive(Debug, Clone)]
pub enum Input {
    /// A folder of `.txt` files, sorted by name, with metadata from `manifest.csv`.
    Folder {
        /// The folder.
        dir: PathBuf,
        /// The `.txt` files, sorted.
        files: Vec<PathBuf>,
        /// Manifest rows by file name.
        manifest: BTreeMap<String, ManifestRow>,
    },
    /// A JSON Lines file of `{"id","title","text","published","outlet","url"}` objects.
    JsonLines(PathBuf),
}

/// Metadata for one file of a folder input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManifestRow {
    /// Outlet, when given.
    pub outlet: Option<String>,
    /// Publication date, when given.
    pub published: Option<Date>,
    /// ISO 639-1 language, when given.
    pub language: Option<String>,
}

impl Input {
    /// Opens a folder or a JSON Lines file. Problems with the manifest are returned beside the
    /// input: they cost the affected rows their metadata, not the run.
    pub fn open(path: &Path) -> anyhow::Result<(Input, Vec<InputError>)> {
        use anyhow::Context;
        let meta =
            fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
        if !meta.is_dir() {
            return Ok((Input::JsonLines(path.to_path_buf()), Vec::new()));
        }
        let mut files = Vec::new();
        for entry in
            fs::read_dir(path).with_context(|| format!("{}: cannot list", path.display()))?
        {
            let entry = entry.with_context(|| format!("{}: cannot list", path.display()))?;
            let p = entry.path();
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            if (name.ends_with(".txt") || name.ends_with(".txt.gz")) && p.is_file() {
                files.push(p);
            }
        }
        files.sort();
        let manifest_path = path.join("manifest.csv");
        let (manifest, problems) = if manifest_path.exists() {
            read_manifest(&manifest_path)
        } else {
            (BTreeMap::new(), Vec::new())
        };
        Ok((
            Input::Folder {
                dir: path.to_path_buf(),
                files,
                manifest,
            },
            problems,
        ))
    }

    /// Streams the documents in input order.
    pub fn documents(&self) -> Box<dyn Iterator<Item = Result<Document, InputError>> + Send + '_> {
        match self {
            Input::Folder {
                files, manifest, ..
            } => Box::new(files.iter().map(move |p| read_text_file(p, manifest))),
            Input::JsonLines(path) => match open_maybe_gzip(path) {
                Ok(reader) => Box::new(JsonLines::new(path, reader)),
                Err(e) => Box::new(std::iter::once(Err(InputError::new(
                    path.display().to_string(),
                    format!("cannot open: {e}"),
                )))),
            },
        }
    }

    /// A short description for messages.
    pub fn describe(&self) -> String {
        match self {
            Input::Folder { dir, files, .. } => {
                format!("{} ({} files)", dir.display(), files.len())
            }
            Input::JsonLines(p) => p.display().to_string(),
        }
    }
}

fn read_manifest(path: &Path) -> (BTreeMap<String, ManifestRow>, Vec<InputError>) {
    let name = path.display().to_string();
    let mut rows = BTreeMap::new();
    let mut problems = Vec::new();
    let mut reader = match csv::ReaderBuilder::new().flexible(true).from_path(path) {
        Ok(r) => r,
        Err(e) => {
            problems.push(InputError::new(&name, format!("cannot read manifest: {e}")));
            return (rows, problems);
        }
    };
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            problems.push(InputError::new(
                format!("{name}:1"),
                format!("unreadable header: {e}"),
            ));
            return (rows, problems);
        }
    };
    let col = |n: &str| header.iter().position(|h| h.trim() == n);
    let Some(file_col) = col("file") else {
        problems.push(InputError::new(
            format!("{name}:1"),
            "manifest header has no `file` column",
        ));
        return (rows, problems);
    };
    let (outlet_col, published_col, language_col) =
        (col("outlet"), col("published"), col("language"));
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(InputError::new(
                    format!("{name}:{line}"),
                    format!("malformed row: {e}"),
                ));
                continue;
            }
        };
        if record.len() != header.len() {
            problems.push(InputError::new(
                format!("{name}:{line}"),
                format!("expected {} fields, found {}", header.len(), record.len()),
            ));
            continue;
        }
        let field = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let Some(file) = field(Some(file_col)) else {
            problems.push(InputError::new(
                format!("{name}:{line}"),
                "empty `file` field",
            ));
            continue;
        };
        let published = match field(published_col) {
            None => None,
            Some(s) => match s.parse::<Date>() {
                Ok(d) => Some(d),
                Err(_) => {
                    problems.push(InputError::new(
                        format!("{name}:{line}"),
                        format!("`published` is not a YYYY-MM-DD date: {s:?}"),
                    ));
                    None
                }
            },
        };
        rows.insert(
            file,
            ManifestRow {
                outlet: field(outlet_col),
                published,
                language: field(language_col),
            },
        );
    }
    (rows, problems)
}

/// Checks raw bytes and turns them into text, or says why they are not an article.
fn decode(bytes: Vec<u8>, origin: &str) -> Result<String, InputError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::new(origin, "empty file"));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if sample.contains(&0) || controls * 10 > sample.len() {
        return Err(InputError::new(origin, "binary file, not text"));
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        InputError::new(
            origin,
            format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
        )
    })
}

fn read_text_file(
    path: &Path,
    manifest: &BTreeMap<String, ManifestRow>,
) -> Result<Document, InputError> {
    let origin = path.display().to_string();
    let mut bytes = Vec::new();
    open_maybe_gzip(path)
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .map_err(|e| InputError::new(&origin, format!("cannot read: {e}")))?;
    let text = decode(bytes, &origin)?;
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let row = manifest.get(&id).cloned().unwrap_or_default();
    Ok(Document {
        id,
        origin,
        outlet: row.outlet,
        published: row.published,
        language: row.language,
        text,
    })
}

/// Opens `path` for buffered reading, decompressing it on the fly when it starts with the
/// gzip magic bytes (whatever its name), so `.jsonl.gz` and `.txt.gz` stream like plain files.
fn open_maybe_gzip(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let mut file = BufReader::new(fs::File::open(path)?);
    let gzip = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(BufReader::new(MultiGzDecoder::new(file)))
    } else {
        Box::new(file)
    })
}

/// The JSON Lines reader: one document per non-blank line. A read error (a truncated gzip
/// stream, a failing disk) is reported once, naming the line, and ends the file.
struct JsonLines<R> {
    name: String,
    reader: R,
    line: u64,
    buf: Vec<u8>,
    failed: bool,
}

impl<R: BufRead> JsonLines<R> {
    fn new(path: &Path, reader: R) -> Self {
        JsonLines {
            name: path.display().to_string(),
            reader,
            line: 0,
            buf: Vec::new(),
            failed: false,
        }
    }
}

#[derive(serde::Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    language: Option<String>,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.failed {
                return None;
            }
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => self.line += 1,
                Err(e) => {
                    self.line += 1;
                    self.failed = true;
                    return Some(Err(InputError::new(
                        format!("{}:{}", self.name, self.line),
                        format!("cannot read: {e}"),
                    )));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let origin = format!("{}:{}", self.name, self.line);
            let raw = std::mem::take(&mut self.buf);
            return Some(parse_json_doc(raw, origin, self.line));
        }
    }
}

fn parse_json_doc(raw: Vec<u8>, origin: String, line: u64) -> Result<Document, InputError> {
    let text = String::from_utf8(raw).map_err(|e| {
        InputError::new(
            &origin,
            format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
        )
    })?;
    let doc: JsonDoc = serde_json::from_str(&text)
        .map_err(|e| InputError::new(&origin, format!("malformed JSON: {e}")))?;
    let id = match doc.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("line-{line}"),
    };
    let body = doc.text.unwrap_or_default();
    if body.trim().is_empty() {
        return Err(InputError::new(
            &origin,
            format!("document {id:?} has no text"),
        ));
    }
    let published = match doc
        .published
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(s) => Some(
            s.get(..10)
                .and_then(|d| d.parse::<Date>().ok())
                .ok_or_else(|| {
                    InputError::new(&origin, format!("`published` is not a date: {s:?}"))
                })?,
        ),
    };
    // Offsets point into `text` itself, so the title is not prepended; most corpora repeat it
    // as the first line anyway.
    let text = body;
    Ok(Document {
        id,
        origin,
        outlet: doc.outlet,
        published,
        language: doc.language,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_empty_and_invalid_utf8_are_refused_with_reasons() {
        assert_eq!(
            decode(b"  \n".to_vec(), "a.txt").unwrap_err().to_string(),
            "a.txt: empty file"
        );
        assert_eq!(
            decode(b"PK\x03\x04\0\0abc".to_vec(), "b.txt")
                .unwrap_err()
                .message,
            "binary file, not text"
        );
        assert_eq!(
            decode(b"caf\xe9 au lait".to_vec(), "c.txt")
                .unwrap_err()
                .message,
            "invalid UTF-8 at byte 3"
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFHello".to_vec(), "d.txt").unwrap(),
            "Hello"
        );
    }

    #[test]
    fn json_lines_reader_names_the_bad_line_and_goes_on() {
        let data = "{\"id\":\"a\",\"text\":\"One.\",\"published\":\"2016-09-08\"}\n\n{not json}\n{\"id\":7,\"title\":\"T\",\"text\":\"Two.\",\"published\":null}\n{\"id\":\"c\",\"text\":\"x\",\"published\":\"May\"}\n";
        let docs: Vec<_> = JsonLines::new(Path::new("c.jsonl"), data.as_bytes()).collect();
        assert_eq!(docs.len(), 4);
        let a = docs[0].as_ref().unwrap();
        assert_eq!(
            (a.id.as_str(), a.published.map(|d| d.to_string())),
            ("a", Some("2016-09-08".into()))
        );
        assert!(
            docs[1]
                .as_ref()
                .unwrap_err()
                .to_string()
                .starts_with("c.jsonl:3: malformed JSON")
        );
        let b = docs[2].as_ref().unwrap();
        assert_eq!(
            (b.id.as_str(), b.text.as_str(), b.origin.as_str()),
            ("7", "Two.", "c.jsonl:4")
        );
        assert_eq!(
            docs[3].as_ref().unwrap_err().to_string(),
            "c.jsonl:5: `published` is not a date: \"May\""
        );
    }
}
