//! Workloads shared by the Criterion benches (`cargo bench -p whosaid-benches`) and
//! `cargo xtask bench-corpus`, so that both measure the same thing:
//!
//! - real news from `../shared/corpora` ([`articles`], [`corpus_files`]);
//! - gazetteers of several sizes, up to every shared gazetteer ([`gazetteers`]);
//! - the pipeline cut into its stages, as [`whosaid::analyze_with`] runs them ([`Stages`]).
//!
//! `../shared` is third-party data beside the checkout. When it is absent the helpers return
//! what they can without it (the seeds, the embedded gazetteer) and say so on stderr.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use whosaid_clean::LineCounts;

use whosaid::{Document, Input, Resources};
use whosaid_attribute::Statement;
use whosaid_clean::{CleanOptions, Cleaned};
use whosaid_entities::{Gazetteer, Kind, Matcher, Mention};
use whosaid_segment::Segmented;
use whosaid_timex::Timex;

/// The workspace root.
pub fn workspace_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// `../shared` beside the checkout, when it is there.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = workspace_root().join("../shared");
    dir.is_dir().then_some(dir)
}

/// The JSON Lines corpora of `../shared/corpora`, sorted by name; empty without `../shared`.
pub fn corpus_files() -> Vec<PathBuf> {
    let mut files = shared_files("corpora", |name| name.ends_with(".jsonl"));
    files.sort();
    files
}

/// The files of `../shared/<sub>` whose names pass `keep`; empty without `../shared`.
fn shared_files(sub: &str, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let Some(dir) = shared_dir() else {
        return Vec::new();
    };
    std::fs::read_dir(dir.join(sub))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| keep(&p.file_name().unwrap_or_default().to_string_lossy()))
        .collect()
}

/// The committed seed articles, then the first articles of each shared corpus, up to
/// `bytes_per_file` bytes of text from each.
///
/// Without `../shared` only the seeds come, with a notice on stderr.
pub fn articles(bytes_per_file: usize) -> Vec<Document> {
    let mut docs: Vec<Document> = match Input::open(&workspace_root().join("seeds")) {
        Ok((input, _)) => input.documents().flatten().collect(),
        Err(_) => Vec::new(),
    };
    let files = corpus_files();
    if files.is_empty() {
        eprintln!("note: ../shared/corpora absent; using the seed articles only");
    }
    for file in files {
        if let Ok((input, _)) = Input::open(&file) {
            let mut bytes = 0;
            for doc in input.documents().flatten() {
                if bytes >= bytes_per_file {
                    break;
                }
                bytes += doc.text.len();
                docs.push(doc);
            }
        }
    }
    docs
}

/// The texts of `docs` joined by blank lines: one haystack for the matching benches.
pub fn joined_text(docs: &[Document]) -> String {
    docs.iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The gazetteer files of `../shared/gazetteers` (`gazetteer_*.csv`), countries first so
/// that leaders' states resolve and "Georgia" is the country; empty without `../shared`.
pub fn shared_gazetteer_files() -> Vec<PathBuf> {
    let mut files = shared_files("gazetteers", |name| {
        name.starts_with("gazetteer_") && name.ends_with(".csv")
    });
    files.sort_by_key(|p| {
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        (!name.contains("country"), name)
    });
    files
}

/// The embedded gazetteer plus every shared gazetteer file: about 150,000 names (places of
/// GeoNames, US politicians, national leaders). `None` without `../shared`.
pub fn full_gazetteer() -> Option<Gazetteer> {
    let files = shared_gazetteer_files();
    if files.is_empty() {
        return None;
    }
    let mut gazetteer = Gazetteer::embedded();
    for path in &files {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).ok()?;
        match Gazetteer::from_csv(std::io::BufReader::new(file), &name) {
            Ok(part) => gazetteer.merge(part),
            Err(error) => {
                eprintln!("note: {error}; benchmarking without it");
            }
        }
    }
    Some(gazetteer)
}

/// Number of distinct names of `gazetteer` up to ASCII case: the patterns of its automaton.
pub fn name_count(gazetteer: &Gazetteer) -> usize {
    let mut names: Vec<String> = gazetteer
        .entities()
        .iter()
        .flat_map(|e| std::iter::once(&e.canonical).chain(&e.aliases))
        .filter(|n| !n.trim().is_empty())
        .map(|n| n.to_ascii_lowercase())
        .collect();
    names.sort_unstable();
    names.dedup();
    names.len()
}

/// About `names` names of `gazetteer`, from entities spread evenly over it, so that the
/// sample has the mix of kinds of the whole.
pub fn sample_gazetteer(gazetteer: &Gazetteer, names: usize) -> Gazetteer {
    let entities = gazetteer.entities();
    let total: usize = entities.iter().map(|e| 1 + e.aliases.len()).sum();
    let step = (total / names.max(1)).max(1);
    let mut csv = csv::Writer::from_writer(Vec::new());
    let _ = csv.write_record(["canonical", "kind", "aliases", "extra"]);
    let mut taken = 0;
    for entity in entities.iter().step_by(step) {
        if taken >= names {
            break;
        }
        let kind = match entity.kind {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
            Kind::Media => "media",
        };
        let cc = entity
            .country
            .as_ref()
            .map(|cc| format!("cc={cc}"))
            .unwrap_or_default();
        let _ = csv.write_record([
            entity.canonical.as_str(),
            kind,
            &entity.aliases.join("|"),
            &cc,
        ]);
        taken += 1 + entity.aliases.len();
    }
    let bytes = csv.into_inner().unwrap_or_default();
    Gazetteer::from_csv(bytes.as_slice(), "sample").unwrap_or_default()
}

/// The gazetteers the matching benches run on, smallest first, each with a label naming
/// its size in names: about 100 and 10,000 names sampled from the largest, the embedded
/// default, and the embedded default plus every shared gazetteer.
///
/// Without `../shared` only the embedded default and its 100-name sample come, with a
/// notice on stderr.
pub fn gazetteers() -> Vec<(String, Gazetteer)> {
    let embedded = Gazetteer::embedded();
    let full = full_gazetteer();
    if full.is_none() {
        eprintln!("note: ../shared/gazetteers absent; skipping the 10k and full gazetteers");
    }
    let source = full.as_ref().unwrap_or(&embedded);
    let mut out = vec![sample_gazetteer(source, 100)];
    if full.is_some() {
        out.push(sample_gazetteer(source, 10_000));
    }
    out.push(embedded);
    out.extend(full);
    out.into_iter()
        .map(|g| {
            let label = format!("{}_names", name_count(&g));
            (label, g)
        })
        .collect()
}

/// Resident memory of this process: `(current, peak)` in bytes, from `/proc/self/status`
/// (`VmRSS`, `VmHWM`). `None` where there is no `/proc`.
pub fn rss() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Resets the peak resident memory (`VmHWM`) to the current one, so that [`rss`] then
/// gives the peak of what follows. Returns false where Linux does not allow it.
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The pipeline stages of [`whosaid::analyze_with`], callable one by one on one document.
///
/// Each stage takes what the stages before it produced, exactly as `analyze_with` passes
/// it: clean, segment, match, timex, attribute. What `analyze_with` does after them (mapping
/// offsets back and building the records) is the difference between [`Stages::analyze`] and
/// the sum of the stages.
pub struct Stages<'a> {
    /// Gazetteer, automaton and lexicons.
    pub resources: &'a Resources,
    /// Line repetition counts of the corpus, as `whosaid::run` collects them.
    pub corpus: Option<&'a LineCounts>,
}

/// The names of the stages, in pipeline order, as [`Stages::time`] reports them.
pub const STAGE_NAMES: [&str; 5] = ["clean", "segment", "match", "timex", "attribute"];

/// Every intermediate result of one document.
pub struct Prepared {
    /// The cleaned text and its offset map.
    pub cleaned: Cleaned,
    /// Paragraphs, sentences and quotes of the cleaned text.
    pub segmented: Segmented,
    /// Gazetteer matches in the cleaned text.
    pub mentions: Vec<Mention>,
    /// Time expressions in the cleaned text.
    pub timexes: Vec<Timex>,
}

impl Stages<'_> {
    /// The cleaning stage.
    pub fn clean(&self, doc: &Document) -> Cleaned {
        let is_place = |w: &str| self.resources.is_place(w);
        let options = CleanOptions {
            language: doc.language.as_deref().or(Some("en")),
            corpus: self.corpus,
            is_place: &is_place,
        };
        whosaid_clean::clean(&doc.text, &options)
    }

    /// The segmentation stage.
    pub fn segment(&self, text: &str) -> Segmented {
        whosaid_segment::segment(text)
    }

    /// The entity matching stage.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let matcher: &Matcher = &self.resources.matcher;
        matcher.find(text)
    }

    /// The time expression stage.
    pub fn timex(&self, text: &str, doc: &Document) -> Vec<Timex> {
        whosaid_timex::find(text, doc.published)
    }

    /// The attribution stage.
    pub fn attribute(&self, doc: &Document, prepared: &Prepared) -> Vec<Statement> {
        let context = whosaid_attribute::Context {
            text: &prepared.cleaned.text,
            segmented: &prepared.segmented,
            mentions: &prepared.mentions,
            timexes: &prepared.timexes,
            gazetteer: &self.resources.gazetteer,
            published: doc.published,
        };
        self.resources.attributor.attribute(&context)
    }

    /// Runs every stage but attribution and keeps their results.
    pub fn prepare(&self, doc: &Document) -> Prepared {
        let cleaned = self.clean(doc);
        let segmented = self.segment(&cleaned.text);
        let mentions = self.find(&cleaned.text);
        let timexes = self.timex(&cleaned.text, doc);
        Prepared {
            cleaned,
            segmented,
            mentions,
            timexes,
        }
    }

    /// Splits `docs` into those the pipeline analyses and those on which some stage panics,
    /// which is a bug (stages must not panic on input), so that a benchmark can go on
    /// without them and say so. The panics are not printed.
    pub fn without_panics(&self, docs: Vec<Document>) -> (Vec<Document>, Vec<Document>) {
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let (good, bad) = docs.into_iter().partition(|doc| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.analyze(doc))).is_ok()
        });
        std::panic::set_hook(hook);
        (good, bad)
    }

    /// The whole pipeline on one document, as `whosaid::run` calls it.
    pub fn analyze(&self, doc: &Document) -> usize {
        whosaid::analyze_with(doc, self.resources, self.corpus).len()
    }

    /// Wall time of each stage summed over `docs` (in [`STAGE_NAMES`] order), then of the
    /// whole [`Stages::analyze`], on this thread.
    pub fn time(&self, docs: &[Document]) -> ([Duration; 5], Duration) {
        let mut stages = [Duration::ZERO; 5];
        let mut whole = Duration::ZERO;
        let lap = |slot: &mut Duration, started: &mut Instant| {
            let now = Instant::now();
            *slot += now - *started;
            *started = now;
        };
        for doc in docs {
            let mut started = Instant::now();
            let cleaned = self.clean(doc);
            lap(&mut stages[0], &mut started);
            let segmented = self.segment(&cleaned.text);
            lap(&mut stages[1], &mut started);
            let mentions = self.find(&cleaned.text);
            lap(&mut stages[2], &mut started);
            let timexes = self.timex(&cleaned.text, doc);
            lap(&mut stages[3], &mut started);
            let prepared = Prepared {
                cleaned,
                segmented,
                mentions,
                timexes,
            };
            std::hint::black_box(self.attribute(doc, &prepared));
            lap(&mut stages[4], &mut started);
            drop(prepared);
            started = Instant::now();
            std::hint::black_box(self.analyze(doc));
            lap(&mut whole, &mut started);
        }
        (stages, whole)
    }
}
