#![allow(missing_docs)] // criterion_group! generates undocumented items
//! Criterion benchmarks: the entity-matching hot path against a `memchr` baseline over the
//! same bytes, and the whole pipeline per article.
//!
//! Text comes from the committed seeds, plus the first 2 MB of `../shared/corpora` when it is
//! present. Run with `cargo bench -p whosaid-benches`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whosaid::{Document, Input, Resources};
use whosaid_entities::{Gazetteer, Matcher};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// The seed articles, and up to 2 MB of real news when `../shared` is present.
fn corpus() -> (String, Vec<Document>) {
    let mut docs: Vec<Document> = match Input::open(&root().join("seeds")) {
        Ok((input, _)) => input.documents().flatten().collect(),
        Err(_) => Vec::new(),
    };
    let shared = root().join("../shared/corpora/bbc_news_2004_2005.jsonl");
    if let Ok((input, _)) = Input::open(&shared) {
        let mut bytes = 0;
        for doc in input.documents().flatten() {
            bytes += doc.text.len();
            docs.push(doc);
            if bytes > 2 << 20 {
                break;
            }
        }
    } else {
        eprintln!("note: ../shared/corpora absent; benchmarking on the seeds only");
    }
    let text = docs
        .iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    (text, docs)
}

fn matching(c: &mut Criterion) {
    let (text, _) = corpus();
    let embedded = Gazetteer::embedded();
    let matcher = Matcher::new(&embedded);
    let mut group = c.benchmark_group("matching");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("memchr_baseline", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count())
    });
    group.bench_function("embedded_gazetteer", |b| {
        b.iter(|| matcher.find(black_box(&text)).len())
    });
    let places = root().join("../shared/gazetteers/gazetteer_place.csv");
    if let Ok(file) = std::fs::File::open(&places) {
        let mut big = Gazetteer::embedded();
        if let Ok(g) = Gazetteer::from_csv(std::io::BufReader::new(file), "gazetteer_place.csv") {
            big.merge(g);
            let matcher = Matcher::new(&big);
            group.bench_function("embedded_plus_geonames", |b| {
                b.iter(|| matcher.find(black_box(&text)).len())
            });
        }
    } else {
        eprintln!("note: ../shared/gazetteers absent; skipping the large-gazetteer benchmark");
    }
    group.finish();
}

fn pipeline(c: &mut Criterion) {
    let (_, docs) = corpus();
    let resources = Resources::embedded();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("analyze_all_articles", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| whosaid::analyze(black_box(d), &resources).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = matching, pipeline
}
criterion_main!(benches);
