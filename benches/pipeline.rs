//! Criterion benchmarks of the pipeline per article: each stage alone (clean, segment,
//! match, timex, attribute), then the whole of `whosaid::analyze_with`.
//!
//! Each iteration takes the next article of a sample (the seeds plus the first 200 KB of
//! each `../shared/corpora/*.jsonl`), so times are per article and throughput is in bytes of
//! original text. Without `../shared`, the seeds only.
//! Run with `cargo bench -p whosaid-benches --bench pipeline`.
#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{Bencher, Criterion, Throughput, criterion_group, criterion_main};
use whosaid::{Document, Resources};
use whosaid_benches::{Prepared, Stages, articles};
use whosaid_clean::LineCounts;

/// Bytes of text taken from each shared corpus.
const BYTES_PER_CORPUS: usize = 200 << 10;

/// Runs `stage` on article after article, round the sample.
fn per_article<T, R>(b: &mut Bencher<'_>, items: &[T], mut stage: impl FnMut(&T) -> R) {
    let mut next = 0;
    b.iter(|| {
        let item = &items[next];
        next = (next + 1) % items.len();
        stage(black_box(item))
    });
}

fn pipeline(c: &mut Criterion) {
    let docs = articles(BYTES_PER_CORPUS);
    if docs.is_empty() {
        eprintln!("note: no articles to benchmark the pipeline on");
        return;
    }
    let resources = Resources::embedded();
    let mut corpus = LineCounts::default();
    for doc in &docs {
        corpus.observe(&doc.text);
    }
    let stages = Stages {
        resources: &resources,
        corpus: Some(&corpus),
    };
    let (docs, panicking) = stages.without_panics(docs);
    if !panicking.is_empty() {
        let ids: Vec<&str> = panicking.iter().map(|d| d.id.as_str()).collect();
        eprintln!(
            "note: the pipeline panics on {} articles (a bug); benchmarking without them: {}",
            ids.len(),
            ids.join(", ")
        );
    }
    if docs.is_empty() {
        return;
    }
    let prepared: Vec<(&Document, Prepared)> =
        docs.iter().map(|d| (d, stages.prepare(d))).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "{} articles, {:.0} bytes per article on average",
        docs.len(),
        bytes as f64 / docs.len() as f64
    );

    let mut group = c.benchmark_group("per_article");
    group.throughput(Throughput::Bytes((bytes / docs.len()) as u64));
    group.bench_function("clean", |b| per_article(b, &docs, |d| stages.clean(d)));
    group.bench_function("segment", |b| {
        per_article(b, &prepared, |(_, p)| stages.segment(&p.cleaned.text))
    });
    group.bench_function("match", |b| {
        per_article(b, &prepared, |(_, p)| stages.find(&p.cleaned.text))
    });
    group.bench_function("timex", |b| {
        per_article(b, &prepared, |(d, p)| stages.timex(&p.cleaned.text, d))
    });
    group.bench_function("attribute", |b| {
        per_article(b, &prepared, |(d, p)| stages.attribute(d, p))
    });
    group.bench_function("analyze_whole", |b| {
        per_article(b, &docs, |d| stages.analyze(d))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = pipeline
}
criterion_main!(benches);
