//! `cargo xtask`: the batch job and developer chores.
//!
//! - `cargo xtask report [--input PATH] [--out DIR] [--gazetteer FILE.csv]... [--jobs N]`
//! - `cargo xtask check-reports`: fails when the committed `reports/` differ from a fresh run
//! - `cargo xtask eval polnear DIR`: attribution scores against PolNeAR-style annotations
//! - `cargo xtask eval timex FILE.jsonl...`: time-expression scores against TimeML JSON Lines
//! - `cargo xtask bench-corpus [--size 1GB] [--jobs 1,2]`: the job on the shared corpora at scale

mod bench_corpus;
mod clusters;
mod eval_polnear;
mod eval_timex;
mod progress;
mod train;
mod train_clauses;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "whosaid batch job and developer chores")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles and write quotes.csv, speakers.csv and report.md.
    Report {
        /// A folder of .txt files (with optional manifest.csv) or a JSON Lines file.
        #[arg(long)]
        input: Option<PathBuf>,
        /// Output folder.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Extra gazetteer CSV (columns canonical,kind,aliases,extra); may repeat.
        #[arg(long = "gazetteer")]
        gazetteers: Vec<PathBuf>,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// Regenerate the seed reports into a temporary folder and compare with reports/.
    CheckReports,
    /// Time the whole job on ../shared/corpora and on a larger corpus made by repeating it.
    BenchCorpus(bench_corpus::Args),
    /// Score the pipeline against annotated data.
    Eval {
        #[command(subcommand)]
        what: Eval,
    },
    /// Train the attribution tagger on annotated data.
    Train {
        #[command(subcommand)]
        what: Train,
    },
    /// Word classes from unannotated news (JSON Lines or folders), for the tagger and the
    /// clause classifier: crates/attribute/data/clusters.tsv.
    Clusters {
        /// Input files or folders, for example ../shared/corpora/bbc_news_2004_2005.jsonl.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write the table (default: crates/attribute/data/clusters.tsv).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Number of classes.
        #[arg(long, default_value_t = 256)]
        classes: usize,
        /// How many of the most frequent words get a class.
        #[arg(long, default_value_t = 20000)]
        words: usize,
        /// How many of the most frequent words describe contexts.
        #[arg(long, default_value_t = 1000)]
        contexts: usize,
    },
}

#[derive(Subcommand)]
enum Train {
    /// PolNeAR-style folder, for example ../shared/corpora/polnear/train.
    Polnear {
        /// DIR/text/*.txt and DIR/attributions/*.ann.
        dir: PathBuf,
        /// Where to write the model (default: crates/attribute/data/tagger.bin).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Passes over the training data.
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        /// Only features seen on at least this many tokens get weights.
        #[arg(long, default_value_t = 10)]
        min_count: usize,
        /// Drop features whose averaged weights all stay below this.
        #[arg(long, default_value_t = 0.5)]
        prune: f32,
        /// Also print the tags' token scores on this held-out PolNeAR-style folder.
        #[arg(long)]
        score: Option<PathBuf>,
    },
    /// The clause classifier, on a PolNeAR-style folder.
    Clauses {
        /// DIR/text/*.txt and DIR/attributions/*.ann.
        dir: PathBuf,
        /// Where to write the classifier (default: crates/attribute/data/clauses.bin).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Passes over the training data.
        #[arg(long, default_value_t = 6)]
        epochs: usize,
        /// Only features seen on at least this many candidates get weights.
        #[arg(long, default_value_t = 3)]
        min_count: usize,
        /// Also print precision and recall on this held-out PolNeAR-style folder.
        #[arg(long)]
        score: Option<PathBuf>,
        /// Write nothing: cross-validate over this many folds of DIR's articles and print
        /// precision, recall and F1 at each acceptance threshold.
        #[arg(long, conflicts_with_all = ["out", "score"])]
        folds: Option<usize>,
    },
}

#[derive(Subcommand)]
enum Eval {
    /// PolNeAR-style folder: DIR/text/*.txt and DIR/attributions/*.ann.
    Polnear {
        /// For example ../shared/corpora/polnear/dev.
        dir: PathBuf,
        /// Print up to N examples of each error kind.
        #[arg(long, default_value_t = 0)]
        errors: usize,
        /// Use this tagger model instead of the embedded one (as written by `train`).
        #[arg(long)]
        tagger: Option<PathBuf>,
    },
    /// TimeML JSON Lines files, for example ../shared/temporal/timebank.jsonl.
    Timex {
        /// One or more files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, so that defaults work from any folder.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn real_main() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Report {
            input,
            out,
            gazetteers,
            jobs,
        } => {
            let mut config = whosaid::RunConfig::new(
                input.unwrap_or_else(|| root().join("seeds")),
                out.unwrap_or_else(|| root().join("reports")),
            );
            config.gazetteers = gazetteers;
            config.jobs = jobs;
            let summary = {
                let bar = progress::Bar::new();
                whosaid::run_with_progress(&config, &mut |p| bar.update(p))?
            };
            for problem in &summary.problems {
                eprintln!("warning: skipped {problem}");
            }
            eprintln!(
                "{} documents ({} bytes), {} statements, {} speakers -> {}",
                summary.documents,
                summary.bytes,
                summary.statements,
                summary.speakers,
                config.out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::CheckReports => check_reports(),
        Command::Train {
            what:
                Train::Polnear {
                    dir,
                    out,
                    epochs,
                    min_count,
                    prune,
                    score,
                },
        } => {
            let out = out.unwrap_or_else(|| root().join("crates/attribute/data/tagger.bin"));
            print!(
                "{}",
                train::run(&dir, &out, epochs, min_count, prune, score.as_deref())?
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Train {
            what:
                Train::Clauses {
                    dir,
                    out,
                    epochs,
                    min_count,
                    score,
                    folds,
                },
        } => {
            if let Some(k) = folds {
                print!(
                    "{}",
                    train_clauses::cross_validate(&dir, k, epochs, min_count)?
                );
                return Ok(ExitCode::SUCCESS);
            }
            let out = out.unwrap_or_else(|| root().join("crates/attribute/data/clauses.bin"));
            print!(
                "{}",
                train_clauses::run(&dir, &out, epochs, min_count, score.as_deref())?
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Clusters {
            inputs,
            out,
            classes,
            words,
            contexts,
        } => {
            let out = out.unwrap_or_else(|| root().join("crates/attribute/data/clusters.tsv"));
            print!(
                "{}",
                clusters::run(&inputs, &out, classes, words, contexts)?
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::BenchCorpus(args) => {
            bench_corpus::run(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            what:
                Eval::Polnear {
                    dir,
                    errors,
                    tagger,
                },
        } => {
            print!("{}", eval_polnear::run(&dir, errors, tagger.as_deref())?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            what: Eval::Timex { files },
        } => {
            print!("{}", eval_timex::run_all(&files)?);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check_reports() -> anyhow::Result<ExitCode> {
    let committed = root().join("reports");
    let fresh = std::env::temp_dir().join(format!("whosaid-check-{}", std::process::id()));
    let summary = whosaid::run(&whosaid::RunConfig::new(root().join("seeds"), &fresh))?;
    let mut stale = Vec::new();
    for name in ["quotes.csv", "speakers.csv", "report.md"] {
        let new = std::fs::read(fresh.join(name))
            .with_context(|| format!("{name}: missing from fresh run"))?;
        let old = std::fs::read(committed.join(name)).unwrap_or_default();
        if new != old {
            stale.push(name);
        }
    }
    let _ = std::fs::remove_dir_all(&fresh);
    if !stale.is_empty() {
        bail!(
            "reports/ is stale ({}): run `cargo xtask report` and commit the result",
            stale.join(", ")
        );
    }
    println!(
        "reports/ matches a fresh run ({} statements)",
        summary.statements
    );
    Ok(ExitCode::SUCCESS)
}
