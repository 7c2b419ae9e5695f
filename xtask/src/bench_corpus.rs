//! `cargo xtask bench-corpus`: the whole batch job on real news, at the size of the shared
//! corpora and at a larger size made by repeating them, with throughput, peak memory,
//! scaling over threads and where the time goes stage by stage.
//!
//! Each job runs in a child process (this program with the hidden `--child` flag), so that
//! its peak resident memory (`VmHWM`) is its own. The corpora are written to a temporary
//! folder under the target folder and deleted afterwards.

use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use whosaid::{Input, Resources, RunConfig};
use whosaid_benches::{LineCounts, STAGE_NAMES, Stages, corpus_files};

/// Arguments of `cargo xtask bench-corpus`.
#[derive(clap::Args)]
pub struct Args {
    /// Size of the repeated corpus: 1GB, 300MB, 0 to skip it.
    #[arg(long, default_value = "1GB", value_parser = parse_size)]
    size: u64,
    /// Worker thread counts to run the job with.
    #[arg(long, value_delimiter = ',', default_value = "1,2")]
    jobs: Vec<usize>,
    /// Extra gazetteer CSV for the job, as for `report`; may repeat.
    #[arg(long = "gazetteer")]
    gazetteers: Vec<PathBuf>,
    /// Repeat the articles as they are. By default each copy's lines get a marker, so that
    /// the cleaner does not take every line of a repeated article for page furniture.
    #[arg(long)]
    verbatim: bool,
    /// Articles timed stage by stage.
    #[arg(long, default_value_t = 2000)]
    sample: usize,
    /// Run one job in this process and print what it measured (used by the parent).
    #[arg(long, hide = true, num_args = 2, value_names = ["INPUT", "OUT"])]
    child: Option<Vec<PathBuf>>,
}

/// What one job in a child process measured.
#[derive(Debug, Default, Clone)]
struct Measured {
    seconds: f64,
    documents: u64,
    bytes: u64,
    statements: u64,
    peak_rss: u64,
}

/// Runs the subcommand.
pub fn run(args: &Args) -> anyhow::Result<()> {
    if let Some(paths) = &args.child {
        return child(args, paths);
    }
    let files = corpus_files();
    if files.is_empty() {
        println!("../shared/corpora is absent: nothing to benchmark");
        return Ok(());
    }
    let dir = TempDir::new()?;
    let mut real = dir.0.join("corpora.jsonl");
    concatenate(&files, &real)?;
    let real_bytes = fs::metadata(&real)?.len();
    println!(
        "corpus: {} files of ../shared/corpora, {:.1} MB of JSON Lines",
        files.len(),
        mb(real_bytes)
    );
    let mut table = Vec::new();
    for &jobs in &args.jobs {
        match spawn(args, &real, &dir.0, jobs) {
            Ok(measured) => table.push(("shared corpora", jobs, measured)),
            Err(error) if table.is_empty() => {
                // A stage that panics on some article stops the whole job; measure without
                // those articles rather than not at all, and say so.
                println!("{error:#}");
                let screened = dir.0.join("screened.jsonl");
                let dropped = screen(args, &real, &screened)?;
                println!(
                    "measuring without the {} articles that make analyze panic: {}",
                    dropped.len(),
                    dropped
                        .iter()
                        .take(5)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                        + if dropped.len() > 5 { ", ..." } else { "" }
                );
                real = screened;
                table.push(("shared corpora", jobs, spawn(args, &real, &dir.0, jobs)?));
            }
            Err(error) => return Err(error),
        }
    }
    print_table(&table);
    stage_breakdown(args, &real)?;

    if args.size > 0 {
        let big = dir.0.join("repeated.jsonl");
        let started = Instant::now();
        let copies = repeat(&real, &big, args.size, args.verbatim)?;
        println!(
            "\nrepeated corpus: {copies} copies with fresh ids{}, {:.1} MB, written in {:.1?}",
            if args.verbatim {
                ""
            } else {
                " and a marker on each line of each copy"
            },
            mb(fs::metadata(&big)?.len()),
            started.elapsed()
        );
        for &jobs in &args.jobs {
            table.push(("repeated", jobs, spawn(args, &big, &dir.0, jobs)?));
        }
        fs::remove_file(&big).ok();
        print_table(&table);
    }
    Ok(())
}

/// The job itself, in the child process: prints `key=value` pairs for the parent.
fn child(args: &Args, paths: &[PathBuf]) -> anyhow::Result<()> {
    let [input, out] = paths else {
        bail!("--child takes an input and an output folder");
    };
    let mut config = RunConfig::new(input, out);
    config.jobs = args.jobs.first().copied();
    config.gazetteers = args.gazetteers.clone();
    let started = Instant::now();
    let summary = whosaid::run(&config)?;
    let seconds = started.elapsed().as_secs_f64();
    let peak_rss = status_kb("VmHWM:").unwrap_or(0) * 1024;
    println!(
        "seconds={seconds} documents={} bytes={} statements={} peak_rss={peak_rss}",
        summary.documents, summary.bytes, summary.statements
    );
    Ok(())
}

/// Runs the job on `input` with `jobs` threads in a child process.
fn spawn(args: &Args, input: &Path, dir: &Path, jobs: usize) -> anyhow::Result<Measured> {
    let exe = std::env::current_exe().context("cannot find the xtask executable")?;
    let out = dir.join(format!("out-{jobs}"));
    let mut command = Command::new(exe);
    command
        .arg("bench-corpus")
        .arg("--child")
        .arg(input)
        .arg(&out)
        .arg("--jobs")
        .arg(jobs.to_string());
    for gazetteer in &args.gazetteers {
        command.arg("--gazetteer").arg(gazetteer);
    }
    let output = command.output().context("cannot run the job")?;
    if !output.status.success() {
        bail!(
            "the job failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut measured = Measured::default();
    for pair in stdout.split_whitespace() {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        match key {
            "seconds" => measured.seconds = value.parse()?,
            "documents" => measured.documents = value.parse()?,
            "bytes" => measured.bytes = value.parse()?,
            "statements" => measured.statements = value.parse()?,
            "peak_rss" => measured.peak_rss = value.parse()?,
            _ => {}
        }
    }
    fs::remove_dir_all(&out).ok();
    Ok(measured)
}

fn print_table(rows: &[(&str, usize, Measured)]) {
    println!(
        "\n{:<15} {:>7} {:>9} {:>4} {:>8} {:>8} {:>10} {:>9} {:>8} {:>10}",
        "corpus",
        "MB",
        "articles",
        "jobs",
        "seconds",
        "MB/s",
        "articles/s",
        "peak RSS",
        "speedup",
        "statements"
    );
    for (name, jobs, m) in rows {
        let one_thread = rows
            .iter()
            .find(|(n, j, _)| n == name && *j == 1)
            .map(|(_, _, m)| m.seconds);
        let speedup = one_thread.map_or(String::from("-"), |t| format!("{:.2}x", t / m.seconds));
        println!(
            "{:<15} {:>7.1} {:>9} {:>4} {:>8.2} {:>8.2} {:>10.0} {:>6.0} MB {:>8} {:>10}",
            name,
            mb(m.bytes),
            m.documents,
            jobs,
            m.seconds,
            mb(m.bytes) / m.seconds,
            m.documents as f64 / m.seconds,
            mb(m.peak_rss),
            speedup,
            m.statements
        );
    }
}

/// Times the parts of the job one by one on this thread: reading, the line counting pass,
/// building the resources, and each stage of `analyze_with` on a sample of articles.
fn stage_breakdown(args: &Args, corpus: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let (input, _) = Input::open(corpus)?;
    let mut documents = 0;
    let mut bytes = 0;
    for doc in input.documents().flatten() {
        documents += 1;
        bytes += doc.text.len();
    }
    let read = started.elapsed();

    let started = Instant::now();
    let mut counts = LineCounts::default();
    for doc in input.documents().flatten() {
        counts.observe(&doc.text);
    }
    let first_pass = started.elapsed();

    let started = Instant::now();
    let resources = Resources::with_gazetteer_files(&args.gazetteers)?;
    let build = started.elapsed();

    let step = (documents / args.sample.max(1)).max(1);
    let sample: Vec<_> = input.documents().flatten().step_by(step).collect();
    let sample_bytes: usize = sample.iter().map(|d| d.text.len()).sum();
    let stages = Stages {
        resources: &resources,
        corpus: Some(&counts),
    };
    let (times, whole) = stages.time(&sample);

    println!(
        "\nwhere the time goes (one thread; the job reads the input twice, then its quotes.csv once more):\n\
         {:<34} {:>9.2} s  {:>8.1} MB/s  ({documents} articles, {:.1} MB of text)",
        "read and parse JSON Lines",
        read.as_secs_f64(),
        mb(bytes as u64) / read.as_secs_f64(),
        mb(bytes as u64),
    );
    println!(
        "{:<34} {:>9.2} s  {:>8.1} MB/s",
        "first pass: read and count lines",
        first_pass.as_secs_f64(),
        mb(bytes as u64) / first_pass.as_secs_f64()
    );
    println!(
        "{:<34} {:>9.2} s",
        "build gazetteer, automaton, lexicons",
        build.as_secs_f64()
    );
    println!(
        "per stage on a sample of {} articles ({:.1} MB), analyze_with {:.0} µs an article:",
        sample.len(),
        mb(sample_bytes as u64),
        per_article(whole, sample.len())
    );
    let sum: Duration = times.iter().sum();
    let rest = whole.saturating_sub(sum);
    for (name, time) in STAGE_NAMES
        .iter()
        .zip(times)
        .chain(std::iter::once((&"records (offsets, strings)", rest)))
    {
        let rate = if time.is_zero() {
            "-".to_owned()
        } else {
            format!("{:.1}", mb(sample_bytes as u64) / time.as_secs_f64())
        };
        println!(
            "  {:<32} {:>7.0} µs/article {:>8} MB/s {:>5.1}%",
            name,
            per_article(time, sample.len()),
            rate,
            100.0 * time.as_secs_f64() / whole.as_secs_f64().max(f64::MIN_POSITIVE)
        );
    }
    Ok(())
}

fn per_article(time: Duration, articles: usize) -> f64 {
    time.as_secs_f64() * 1e6 / articles.max(1) as f64
}

/// Copies `corpus` into `out` without the articles on which `whosaid::analyze_with` panics,
/// and returns their ids.
fn screen(args: &Args, corpus: &Path, out: &Path) -> anyhow::Result<Vec<String>> {
    let resources = Resources::with_gazetteer_files(&args.gazetteers)?;
    let (input, _) = Input::open(corpus)?;
    let mut counts = LineCounts::default();
    for doc in input.documents().flatten() {
        counts.observe(&doc.text);
    }
    let stages = Stages {
        resources: &resources,
        corpus: Some(&counts),
    };
    let (_, panicking) = stages.without_panics(input.documents().flatten().collect());
    let bad_lines: std::collections::BTreeSet<usize> = panicking
        .iter()
        .filter_map(|doc| doc.origin.rsplit(':').next()?.parse().ok())
        .collect();
    let dropped = panicking.into_iter().map(|doc| doc.id).collect();
    let reader = BufReader::new(fs::File::open(corpus)?);
    let mut writer = BufWriter::new(
        fs::File::create(out).with_context(|| format!("{}: cannot create", out.display()))?,
    );
    for (number, line) in (1..).zip(reader.lines()) {
        if !bad_lines.contains(&number) {
            writeln!(writer, "{}", line?)?;
        }
    }
    writer.flush()?;
    Ok(dropped)
}

/// Writes the JSON Lines `files` one after the other into `out`.
fn concatenate(files: &[PathBuf], out: &Path) -> anyhow::Result<()> {
    let mut writer = BufWriter::new(
        fs::File::create(out).with_context(|| format!("{}: cannot create", out.display()))?,
    );
    for file in files {
        let bytes = fs::read(file).with_context(|| format!("{}: cannot read", file.display()))?;
        writer.write_all(&bytes)?;
        if !bytes.ends_with(b"\n") {
            writer.write_all(b"\n")?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// Writes copies of the articles of `corpus` into `out` until it holds `size` bytes; each
/// copy gets fresh ids and, unless `verbatim`, a marker at the end of each line of text.
/// Returns the number of copies begun.
fn repeat(corpus: &Path, out: &Path, size: u64, verbatim: bool) -> anyhow::Result<u64> {
    let mut writer = BufWriter::new(
        fs::File::create(out).with_context(|| format!("{}: cannot create", out.display()))?,
    );
    let mut written = 0;
    let mut copy = 0;
    while written < size {
        let reader = BufReader::new(fs::File::open(corpus)?);
        for line in reader.lines() {
            let line = line?;
            let Ok(serde_json::Value::Object(mut article)) = serde_json::from_str(&line) else {
                continue;
            };
            let id = article
                .get("id")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned();
            article.insert("id".into(), format!("{id}~{copy}").into());
            if copy > 0 && !verbatim {
                if let Some(serde_json::Value::String(text)) = article.get_mut("text") {
                    *text = mark_lines(text, copy);
                }
            }
            let json = serde_json::to_string(&article)?;
            writer.write_all(json.as_bytes())?;
            writer.write_all(b"\n")?;
            written += json.len() as u64 + 1;
            if written >= size {
                break;
            }
        }
        copy += 1;
    }
    writer.flush()?;
    Ok(copy)
}

/// Appends ` [copy]` to every non-blank line, so that a line repeated in every copy is not
/// counted as appearing in many articles.
fn mark_lines(text: &str, copy: u64) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line);
        if !line.trim().is_empty() {
            out.push_str(&format!(" [{copy}]"));
        }
    }
    out
}

/// A size such as `1GB`, `300MB`, `64KB` or a number of bytes.
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let number: f64 = number.parse().map_err(|_| format!("not a size: {s}"))?;
    let scale = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1.0,
        "KB" | "K" => 1e3,
        "MB" | "M" => 1e6,
        "GB" | "G" => 1e9,
        _ => return Err(format!("unknown unit in {s}: use B, KB, MB or GB")),
    };
    Ok((number * scale) as u64)
}

/// A field of `/proc/self/status` in kilobytes.
fn status_kb(field: &str) -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// A folder under the target folder, deleted when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> anyhow::Result<TempDir> {
        // The executable is target/release/xtask: the folder is beside `release`.
        let exe = std::env::current_exe().context("cannot find the xtask executable")?;
        let target = exe
            .parent()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_else(std::env::temp_dir);
        let dir = target.join(format!("bench-corpus-{}", std::process::id()));
        fs::create_dir_all(&dir).with_context(|| format!("{}: cannot create", dir.display()))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_decimal_units() {
        assert_eq!(parse_size("1GB"), Ok(1_000_000_000));
        assert_eq!(parse_size("300MB"), Ok(300_000_000));
        assert_eq!(parse_size("0"), Ok(0));
        assert!(parse_size("1 parsec").is_err());
    }

    #[test]
    fn markers_go_on_non_blank_lines() {
        assert_eq!(mark_lines("a\n\nb", 3), "a [3]\n\nb [3]");
    }
}
