//! Reading PolNeAR: `text/*.txt` and their BRAT standoff `attributions/*.ann`.

use std::collections::HashMap;
use std::collections::btree_map::{BTreeMap, Entry};
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One gold attribution: what was said, by whom, with which cue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// The text of all content pieces (discontinuous spans, and any `Content2` role) joined
    /// with a space.
    pub content: String,
    /// The source span's text ("he", "the campaign", "Clinton"), when annotated.
    pub source: Option<String>,
    /// The cue span's text ("said", "according to"), when annotated.
    pub cue: Option<String>,
    /// Byte ranges of the content pieces in the article text.
    pub content_ranges: Vec<Range<usize>>,
    /// Byte ranges of the source pieces.
    pub source_ranges: Vec<Range<usize>>,
    /// Byte ranges of the cue pieces.
    pub cue_ranges: Vec<Range<usize>>,
}

/// One annotated article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The file stem of `text/<name>.txt`.
    pub name: String,
    /// The article text, as read from the file.
    pub text: String,
    /// Gold attributions in annotation-file order.
    pub gold: Vec<GoldAttribution>,
}

/// Why a PolNeAR directory could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of an annotation file is malformed.
    #[error("{path}:{line}: {message}")]
    Malformed {
        /// The annotation file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// An annotation file name lacks the `_<annotator>` suffix.
    #[error("{path}: annotation file name has no `_<annotator>` suffix")]
    BadFileName {
        /// The annotation file.
        path: PathBuf,
    },
    /// An annotation file has no text file beside it.
    #[error("{annotation}: no text file {text}")]
    MissingText {
        /// The annotation file.
        annotation: PathBuf,
        /// The text file that was expected.
        text: PathBuf,
    },
}

/// Loads the annotated articles of a PolNeAR split, sorted by name.
///
/// `dir` holds `text/<article>.txt` and `attributions/<article>_<annotator>.ann`. When an
/// article has several annotators, the lexicographically first annotation file is used.
/// Texts without any annotation file are skipped (their gold is unknown, not empty).
///
/// # Errors
///
/// Unreadable files, annotation files without a text, and malformed `T` or `E` lines (with
/// file and 1-based line). Other line kinds (`#`, `A`, `R`, ...) and span types other than
/// the attribution roles are ignored.
pub fn load_polnear(dir: &Path) -> Result<Vec<Article>, EvalError> {
    let ann_dir = dir.join("attributions");
    let mut first_annotation: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in list_files(&ann_dir, "ann")? {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let Some((article, annotator)) = stem.rsplit_once('_') else {
            return Err(EvalError::BadFileName { path });
        };
        if article.is_empty() || annotator.is_empty() {
            return Err(EvalError::BadFileName { path });
        }
        // `list_files` is sorted, so the first file seen is the lexicographically first.
        if let Entry::Vacant(slot) = first_annotation.entry(article.to_string()) {
            slot.insert(path);
        }
    }
    let mut articles = Vec::with_capacity(first_annotation.len());
    for (name, ann_path) in first_annotation {
        let text_path = dir.join("text").join(format!("{name}.txt"));
        if !text_path.is_file() {
            return Err(EvalError::MissingText {
                annotation: ann_path,
                text: text_path,
            });
        }
        let text = read(&text_path)?;
        let ann = read(&ann_path)?;
        let gold = parse_ann(&ann, &text).map_err(|(line, message)| EvalError::Malformed {
            path: ann_path.clone(),
            line,
            message,
        })?;
        articles.push(Article { name, text, gold });
    }
    Ok(articles)
}

fn read(path: &Path) -> Result<String, EvalError> {
    fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The files in `dir` with extension `ext`, sorted by file name.
fn list_files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, EvalError> {
    let io_err = |source| EvalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_err)? {
        let path = entry.map_err(io_err)?.path();
        if path.extension().is_some_and(|e| e == ext) && path.is_file() {
            files.push(path);
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(files)
}

/// A parse failure: 1-based line and message.
type LineError = (usize, String);

/// Parses one annotation file against its text.
fn parse_ann(ann: &str, text: &str) -> Result<Vec<GoldAttribution>, LineError> {
    // Byte offset of every code point, plus the end of the text.
    let char_starts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut spans: HashMap<&str, Span> = HashMap::new();
    let mut events: Vec<(usize, &str)> = Vec::new();
    let ann = ann.strip_prefix('\u{feff}').unwrap_or(ann);
    // A record starts with its id ("T12\t", "E3\t"); other lines continue a span's surface
    // text across a line break and carry nothing of their own.
    let record = |line: &str, prefix: char| {
        line.strip_prefix(prefix)
            .and_then(|rest| rest.split_once('\t'))
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    for (i, line) in ann.lines().enumerate() {
        let line_no = i + 1;
        if record(line, 'T') {
            let (id, span) =
                parse_text_bound(line, text, &char_starts).map_err(|message| (line_no, message))?;
            spans.insert(id, span);
        } else if record(line, 'E') {
            // Resolved after all spans are known: BRAT does not promise spans come first.
            events.push((line_no, line));
        }
    }
    let mut gold = Vec::with_capacity(events.len());
    for (line_no, line) in events {
        if let Some(attribution) =
            parse_event(line, &spans).map_err(|message| (line_no, message))?
        {
            gold.push(attribution);
        }
    }
    Ok(gold)
}

/// A span's text, pieces joined with a space, and its byte ranges.
type Span = (String, Vec<Range<usize>>);

/// Parses `T<n>\t<Type> <start> <end>[;<start> <end>...]\t<surface>` into the id and the
/// spanned text, pieces joined with a space, with the pieces' byte ranges.
fn parse_text_bound<'a>(
    line: &'a str,
    text: &str,
    char_starts: &[usize],
) -> Result<(&'a str, Span), String> {
    let mut fields = line.splitn(3, '\t');
    let id = fields.next().unwrap_or_default();
    let Some(annotation) = fields.next() else {
        return Err(format!("span {id} has no type and offsets"));
    };
    let Some((_kind, ranges)) = annotation.split_once(' ') else {
        return Err(format!("span {id} has no offsets"));
    };
    let mut pieces = Vec::new();
    for range in ranges.split(';') {
        let mut bounds = range.split_whitespace().map(str::parse::<usize>);
        let (Some(Ok(start)), Some(Ok(end)), None) = (bounds.next(), bounds.next(), bounds.next())
        else {
            return Err(format!("span {id} has malformed offsets `{range}`"));
        };
        if start > end || end >= char_starts.len() {
            return Err(format!(
                "span {id} offsets {start}..{end} are outside the text ({} code points)",
                char_starts.len() - 1
            ));
        }
        pieces.push(char_starts[start]..char_starts[end]);
    }
    let surface = pieces
        .iter()
        .map(|r| &text[r.clone()])
        .collect::<Vec<_>>()
        .join(" ");
    Ok((id, (surface, pieces)))
}

/// Parses `E<n>\tAttribution:T<a> Content:T<c> Cue:T<q> [Source:T<s>]`. An event without a
/// content is no statement and yields `None`.
fn parse_event(line: &str, spans: &HashMap<&str, Span>) -> Result<Option<GoldAttribution>, String> {
    let mut fields = line.split('\t');
    let id = fields.next().unwrap_or_default();
    let Some(arguments) = fields.next() else {
        return Err(format!("event {id} has no arguments"));
    };
    let mut contents: Vec<(&str, &Span)> = Vec::new();
    let mut sources: Vec<&Span> = Vec::new();
    let mut cues: Vec<&Span> = Vec::new();
    for argument in arguments.split_whitespace() {
        let Some((role, target)) = argument.split_once(':') else {
            return Err(format!("event {id} has malformed argument `{argument}`"));
        };
        let Some(span) = spans.get(target) else {
            return Err(format!("event {id} refers to unknown span `{target}`"));
        };
        if role.starts_with("Content") {
            contents.push((role, span));
        } else if role == "Source" {
            sources.push(span);
        } else if role == "Cue" {
            cues.push(span);
        }
    }
    if contents.is_empty() {
        return Ok(None);
    }
    // `Content` before `Content2` before ..., whatever the order on the line.
    contents.sort_by_key(|&(role, _)| role);
    let join = |parts: &[&Span]| {
        (!parts.is_empty()).then(|| {
            parts
                .iter()
                .map(|(s, _)| s.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let ranges = |parts: &[&Span]| parts.iter().flat_map(|(_, r)| r.iter().cloned()).collect();
    let content: Vec<&Span> = contents.iter().map(|&(_, span)| span).collect();
    Ok(Some(GoldAttribution {
        content: join(&content).unwrap_or_default(),
        source: join(&sources),
        cue: join(&cues),
        content_ranges: ranges(&content),
        source_ranges: ranges(&sources),
        cue_ranges: ranges(&cues),
    }))
}
