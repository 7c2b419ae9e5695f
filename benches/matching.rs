//! Criterion benchmarks of entity matching: both back ends over real news with gazetteers
//! of about 100, 10,000 and 150,000 names, beside a plain `memchr` pass over the same bytes,
//! and the time to build each automaton.
//!
//! Text: the seeds plus the first megabyte of each `../shared/corpora/*.jsonl`. Without
//! `../shared`, only the seeds and the embedded gazetteer (and a 100-name sample of it).
//! Run with `cargo bench -p whosaid-benches --bench matching`; the heap size of each
//! automaton is printed before the measurements.
#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use whosaid_benches::{articles, gazetteers, joined_text, reset_peak_rss, rss};
use whosaid_entities::backend::{AhoCorasick, Backend, DoubleArray};
use whosaid_entities::{Gazetteer, Matcher};

/// Bytes of text taken from each shared corpus.
const BYTES_PER_CORPUS: usize = 1 << 20;

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// Builds the matcher once outside Criterion and prints its size and the peak memory the
/// build took.
fn build_and_describe<B: Backend>(backend: &str, label: &str, gazetteer: &Gazetteer) -> Matcher<B> {
    let baseline = reset_peak_rss().then(rss).flatten();
    let started = Instant::now();
    let matcher = match Matcher::<B>::build(gazetteer) {
        Ok(matcher) => matcher,
        Err(error) => panic!("{error}"),
    };
    let took = started.elapsed();
    let peak = match (baseline, rss()) {
        (Some((before, _)), Some((_, peak))) => format!("{:.1} MB", mb((peak - before) as usize)),
        _ => "unknown".to_owned(),
    };
    eprintln!(
        "{label:>13} {backend:<12}  build {took:>9.1?}  automaton {:>6.1} MB  matcher {:>6.1} MB  peak RSS growth {peak}",
        mb(matcher.automata().map(B::heap_bytes).sum()),
        mb(matcher.heap_bytes()),
    );
    matcher
}

fn matching(c: &mut Criterion) {
    let text = joined_text(&articles(BYTES_PER_CORPUS));
    let gazetteers = gazetteers();
    let mut group = c.benchmark_group("matching");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("memchr_baseline", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count())
    });
    for (label, gazetteer) in &gazetteers {
        let aho_corasick = build_and_describe::<AhoCorasick>("aho_corasick", label, gazetteer);
        let double_array = build_and_describe::<DoubleArray>("double_array", label, gazetteer);
        let mentions = double_array.find(&text);
        assert_eq!(mentions, aho_corasick.find(&text), "the back ends disagree");
        eprintln!(
            "{label:>13} {} mentions in {:.1} MB",
            mentions.len(),
            mb(text.len())
        );
        group.bench_with_input(BenchmarkId::new("double_array", label), &text, |b, text| {
            b.iter(|| double_array.find(black_box(text)).len())
        });
        group.bench_with_input(BenchmarkId::new("aho_corasick", label), &text, |b, text| {
            b.iter(|| aho_corasick.find(black_box(text)).len())
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    for (label, gazetteer) in &gazetteers() {
        group.bench_with_input(
            BenchmarkId::new("double_array", label),
            gazetteer,
            |b, g| b.iter(|| Matcher::<DoubleArray>::build(black_box(g)).is_ok()),
        );
        group.bench_with_input(
            BenchmarkId::new("aho_corasick", label),
            gazetteer,
            |b, g| b.iter(|| Matcher::<AhoCorasick>::build(black_box(g)).is_ok()),
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = matching, build
}
criterion_main!(benches);
