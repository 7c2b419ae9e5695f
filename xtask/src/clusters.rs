//! `cargo xtask clusters FILE...`: word classes from unannotated news, for the attribution
//! tagger and the clause classifier. Words that occur in like contexts fall in one class
//! ("denounced", "condemned", "praised"), so a feature learned on one word carries to the
//! others.
//!
//! Each frequent word is described by the frequent words one and two places before and
//! after it, weighted by positive pointwise mutual information, projected onto a few
//! dimensions with fixed pseudo-random signs, and grouped by k-means on the cosine. The
//! table is written as `word<TAB>class` lines in word order, and the whole computation is
//! deterministic.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use whosaid::Input;
use whosaid::attribute::tokenize;

/// Context positions around a word.
const OFFSETS: [isize; 2] = [-1, 1];
/// K-means passes.
const PASSES: usize = 15;

/// Builds the classes from the documents of `files` and writes them to `out`. Returns a
/// summary.
pub fn run(
    files: &[PathBuf],
    out: &Path,
    classes: usize,
    words: usize,
    contexts: usize,
) -> anyhow::Result<String> {
    // Every document as lower-case tokens.
    // Documents that cannot be read (no text, a malformed line) are skipped and counted.
    let mut texts: Vec<Vec<String>> = Vec::new();
    let mut skipped = 0;
    for file in files {
        let (input, errors) = Input::open(file)?;
        skipped += errors.len();
        for doc in input.documents() {
            let Ok(doc) = doc else {
                skipped += 1;
                continue;
            };
            let text = doc.text;
            texts.push(
                tokenize(&text, 0..text.len())
                    .into_iter()
                    .map(|t| text[t.range].to_lowercase())
                    .collect(),
            );
        }
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in texts.iter().flatten() {
        *counts.entry(w).or_default() += 1;
    }
    // Words by descending count, ties by the word, so the ranking is deterministic.
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let vocabulary: HashMap<&str, usize> = ranked
        .iter()
        .take(words)
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    let n = vocabulary.len();
    // Context counts per word: (offset, context word) -> count.
    let mut rows: Vec<HashMap<u32, f32>> = vec![HashMap::new(); n];
    for tokens in &texts {
        let ids: Vec<Option<usize>> = tokens
            .iter()
            .map(|t| vocabulary.get(t.as_str()).copied())
            .collect();
        for (i, id) in ids.iter().enumerate() {
            let Some(v) = id else { continue };
            for (o, offset) in OFFSETS.iter().enumerate() {
                let j = i as isize + offset;
                if j < 0 || j as usize >= ids.len() {
                    continue;
                }
                if let Some(c) = ids[j as usize].filter(|&c| c < contexts) {
                    *rows[*v].entry((o * contexts + c) as u32).or_default() += 1.0;
                }
            }
        }
    }
    // Positive PMI, normalised: sparse rows sorted by context.
    let dims = OFFSETS.len() * contexts;
    let mut column = vec![0.0f64; dims];
    let mut total = 0.0f64;
    for row in &rows {
        for (&c, &x) in row {
            column[c as usize] += f64::from(x);
            total += f64::from(x);
        }
    }
    let vectors: Vec<Vec<(u32, f32)>> = rows
        .par_iter()
        .map(|row| {
            let sum: f64 = row.values().map(|&x| f64::from(x)).sum();
            let mut v: Vec<(u32, f32)> = row
                .iter()
                .filter_map(|(&c, &x)| {
                    let pmi = (f64::from(x) * total / (sum * column[c as usize])).ln();
                    (pmi > 0.0).then_some((c, pmi as f32))
                })
                .collect();
            v.sort_unstable_by_key(|&(c, _)| c);
            let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (_, x) in &mut v {
                    *x /= norm;
                }
            }
            v
        })
        .collect();
    // K-means on the cosine, seeded with words spread evenly over the ranking.
    let k = classes.min(n).max(1);
    let dense = |v: &[(u32, f32)]| {
        let mut d = vec![0.0f32; dims];
        for &(c, x) in v {
            d[c as usize] = x;
        }
        d
    };
    let mut centroids: Vec<Vec<f32>> = (0..k).map(|j| dense(&vectors[j * n / k])).collect();
    let mut assignment = vec![0usize; n];
    for _ in 0..PASSES {
        assignment = vectors
            .par_iter()
            .map(|v| {
                (0..k)
                    .map(|j| {
                        (
                            j,
                            v.iter()
                                .map(|&(c, x)| x * centroids[j][c as usize])
                                .sum::<f32>(),
                        )
                    })
                    .fold((0, f32::NEG_INFINITY), |a, b| if b.1 > a.1 { b } else { a })
                    .0
            })
            .collect();
        let mut sums = vec![vec![0.0f32; dims]; k];
        for (v, &j) in vectors.iter().zip(&assignment) {
            for &(c, x) in v {
                sums[j][c as usize] += x;
            }
        }
        for (c, mut s) in centroids.iter_mut().zip(sums) {
            let norm = s.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                for x in &mut s {
                    *x /= norm;
                }
                *c = s;
            }
        }
    }
    let mut table: Vec<(&str, usize)> = vocabulary
        .iter()
        .map(|(w, &i)| (*w, assignment[i]))
        .collect();
    table.sort_unstable();
    let mut text = String::with_capacity(table.len() * 12);
    for (w, j) in &table {
        text.push_str(&format!("{w}\t{j}\n"));
    }
    std::fs::write(out, &text)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    Ok(format!(
        "{} documents ({skipped} skipped), {} tokens, {} words in {k} classes -> {}\n",
        texts.len(),
        texts.iter().map(Vec::len).sum::<usize>(),
        table.len(),
        out.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_like_contexts_share_a_class_and_the_table_is_stable() {
        let dir = std::env::temp_dir().join(format!("whosaid-clusters-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let corpus = dir.join("corpus.jsonl");
        // "said" and "stated" follow names and precede "that"; "apples" and "pears" follow
        // "ate" and precede "today".
        let mut lines = String::new();
        for (i, name) in ["Smith", "Jones", "Brown", "Green"].iter().enumerate() {
            for verb in ["said", "stated"] {
                for fruit in ["apples", "pears"] {
                    lines.push_str(&format!(
                        "{{\"id\": \"d{i}{verb}{fruit}\", \"text\": \"{name} {verb} that Lee ate {fruit} today. {name} {verb} that Kim ate {fruit} today.\"}}\n"
                    ));
                }
            }
        }
        std::fs::write(&corpus, lines).unwrap();
        let out = dir.join("clusters.tsv");
        run(std::slice::from_ref(&corpus), &out, 4, 100, 100).unwrap();
        let table = std::fs::read_to_string(&out).unwrap();
        let class = |w: &str| {
            table
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{w}\t")))
                .map(str::to_owned)
        };
        assert!(class("said").is_some());
        assert_eq!(class("said"), class("stated"));
        assert_eq!(class("apples"), class("pears"));
        assert_ne!(class("said"), class("apples"));
        run(&[corpus], &out, 4, 100, 100).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), table);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
