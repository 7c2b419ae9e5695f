//! The batch job: read, analyse in parallel, write reports atomically.

use std::fs;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use rayon::prelude::*;
use whosaid_aggregate::{Aggregator, DocumentInfo, QuoteReader, QuoteWriter};
use whosaid_clean::LineCounts;

use crate::{Document, Input, InputError, Resources, analyze_with};

/// What to run.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// A folder of `.txt` files (with optional `manifest.csv`) or a JSON Lines file.
    pub input: PathBuf,
    /// Where `quotes.csv`, `speakers.csv` and `report.md` go.
    pub out: PathBuf,
    /// Extra gazetteer CSV files.
    pub gazetteers: Vec<PathBuf>,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Statements kept per speaker in `report.md`.
    pub max_examples: usize,
    /// Speakers with a section of their own in `report.md`, most statements first; the
    /// others are counted there and listed in `speakers.csv`.
    pub sections: usize,
}

impl RunConfig {
    /// A configuration with defaults: all cores, no extra gazetteers, sections for the 100
    /// speakers quoted most, 200 statements each.
    pub fn new(input: impl Into<PathBuf>, out: impl Into<PathBuf>) -> Self {
        RunConfig {
            input: input.into(),
            out: out.into(),
            gazetteers: Vec::new(),
            jobs: None,
            max_examples: 200,
            sections: 100,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    /// Documents analysed.
    pub documents: u64,
    /// Bytes of original text analysed.
    pub bytes: u64,
    /// Statements written to `quotes.csv`.
    pub statements: u64,
    /// Speakers in `speakers.csv`.
    pub speakers: u64,
    /// Documents and metadata rows skipped, each naming its file and line.
    pub problems: Vec<InputError>,
}

/// How far a run has got, reported to [`run_with_progress`]'s observer after each chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// The first pass, counting lines repeated across documents: documents read so far.
    Counting {
        /// Documents read.
        documents: u64,
    },
    /// The analysis: documents and bytes of text done, out of the documents counted.
    Analysing {
        /// Documents analysed.
        documents: u64,
        /// Bytes of original text analysed.
        bytes: u64,
        /// Documents in the input.
        total: u64,
    },
}

/// Documents analysed together; the chunk's results are written in input order.
const CHUNK: usize = 256;

/// Runs the whole job. Reports are written to temporary files and renamed into place only
/// when complete, so an interrupted or failed run leaves the previous reports intact.
pub fn run(config: &RunConfig) -> anyhow::Result<RunSummary> {
    run_with_progress(config, &mut |_| {})
}

/// [`run`], telling `progress` how far it has got after each chunk of documents.
pub fn run_with_progress(
    config: &RunConfig,
    progress: &mut dyn FnMut(Progress),
) -> anyhow::Result<RunSummary> {
    let resources = Resources::with_gazetteer_files(&config.gazetteers)?;
    let (input, mut problems) = Input::open(&config.input)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;

    // First pass: lines repeated across articles are page furniture.
    let mut corpus = LineCounts::default();
    let mut total = 0;
    for doc in input.documents().flatten() {
        corpus.observe(&doc.text);
        total += 1;
        if total % CHUNK as u64 == 0 {
            progress(Progress::Counting { documents: total });
        }
    }

    fs::create_dir_all(&config.out)
        .with_context(|| format!("{}: cannot create", config.out.display()))?;
    let quotes_path = config.out.join("quotes.csv");
    let quotes_tmp = temporary(&quotes_path);
    let file = fs::File::create(&quotes_tmp)
        .with_context(|| format!("{}: cannot create", quotes_tmp.display()))?;
    let mut quotes = QuoteWriter::new(BufWriter::new(file))?;
    let mut aggregator = Aggregator::streaming(config.max_examples, config.sections);
    let mut summary = RunSummary::default();

    let mut documents = input.documents();
    loop {
        let mut chunk: Vec<Document> = Vec::with_capacity(CHUNK);
        for item in documents.by_ref() {
            match item {
                Ok(doc) => chunk.push(doc),
                Err(e) => problems.push(e),
            }
            if chunk.len() == CHUNK {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<_> = pool.install(|| {
            chunk
                .par_iter()
                .map(|doc| analyze_with(doc, &resources, Some(&corpus)))
                .collect()
        });
        for (doc, records) in chunk.iter().zip(results) {
            summary.documents += 1;
            summary.bytes += doc.text.len() as u64;
            aggregator.add_document(&DocumentInfo {
                doc: doc.id.clone(),
                outlet: doc.outlet.clone().unwrap_or_default(),
                published: doc.published.map(|d| d.to_string()).unwrap_or_default(),
                bytes: doc.text.len(),
            });
            for record in &records {
                quotes
                    .write(record)
                    .with_context(|| format!("{}: cannot write", quotes_tmp.display()))?;
                aggregator.add(record);
                summary.statements += 1;
            }
        }
        progress(Progress::Analysing {
            documents: summary.documents,
            bytes: summary.bytes,
            total,
        });
    }
    quotes.finish()?.flush()?;

    // Second pass, over the statements just written: the examples of the speakers the
    // report has sections for. Memory stays bounded whatever the corpus size.
    let file = fs::File::open(&quotes_tmp)
        .with_context(|| format!("{}: cannot read", quotes_tmp.display()))?;
    for record in QuoteReader::new(BufReader::new(file))? {
        let record = record.with_context(|| format!("{}: cannot read", quotes_tmp.display()))?;
        aggregator.add_example(&record);
    }

    let speakers = aggregator.speakers();
    summary.speakers = speakers.len() as u64;
    let speakers_path = config.out.join("speakers.csv");
    write_atomically(&speakers_path, |w| {
        Ok(whosaid_aggregate::write_speakers(&speakers, w)?)
    })?;
    let report_path = config.out.join("report.md");
    let markdown = aggregator.markdown();
    write_atomically(&report_path, |w| Ok(w.write_all(markdown.as_bytes())?))?;
    fs::rename(&quotes_tmp, &quotes_path)
        .with_context(|| format!("{}: cannot replace", quotes_path.display()))?;
    summary.problems = problems;
    Ok(summary)
}

fn temporary(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}

fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<fs::File>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let tmp = temporary(path);
    let file =
        fs::File::create(&tmp).with_context(|| format!("{}: cannot create", tmp.display()))?;
    let mut w = BufWriter::new(file);
    write(&mut w).with_context(|| format!("{}: cannot write", tmp.display()))?;
    w.flush()
        .with_context(|| format!("{}: cannot write", tmp.display()))?;
    fs::rename(&tmp, path).with_context(|| format!("{}: cannot replace", path.display()))?;
    Ok(())
}
