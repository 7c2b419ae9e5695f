//! The batch job: bad input is reported by name and skipped, output is deterministic, and
//! reports are replaced atomically.

use std::fs;
use std::path::PathBuf;

use whosaid::{RunConfig, run};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-it-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

const ARTICLE: &str = "Trump says talks will begin\n\n\
“We agreed to work together, very closely,” Donald Trump wrote on Truth Social on Wednesday.\n\
Kremlin spokesman Dmitry Peskov said the two leaders had a “long and productive” conversation.\n";

#[test]
fn bad_files_are_named_and_skipped_while_the_rest_of_the_batch_runs() {
    let dir = scratch("bad");
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    fs::write(input.join("a_good.txt"), ARTICLE).unwrap();
    fs::write(input.join("b_empty.txt"), "").unwrap();
    fs::write(input.join("c_binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::write(
        input.join("d_latin1.txt"),
        b"Caf\xe9 society said \x93hello\x94.",
    )
    .unwrap();
    fs::write(
        input.join("e_unbalanced.txt"),
        "“Never closed, he said.\n\n„Also open.\n\nThen ” stray.",
    )
    .unwrap();
    fs::write(
        input.join("f_huge_line.txt"),
        "word “quote ".repeat(200_000),
    )
    .unwrap();
    fs::write(
        input.join("manifest.csv"),
        "file,outlet,published,language\na_good.txt,Wire,2025-02-12,en\nb_empty.txt,Wire\ne_unbalanced.txt,Wire,yesterday,en\n",
    )
    .unwrap();
    let summary = run(&RunConfig::new(&input, dir.join("out"))).expect("run completes");
    let problems: Vec<String> = summary.problems.iter().map(ToString::to_string).collect();
    let has = |file: &str, what: &str| {
        problems
            .iter()
            .any(|p| p.contains(file) && p.contains(what))
    };
    assert!(has("manifest.csv:3", "expected 4 fields"), "{problems:#?}");
    assert!(
        has("manifest.csv:4", "not a YYYY-MM-DD date"),
        "{problems:#?}"
    );
    assert!(has("b_empty.txt", "empty file"), "{problems:#?}");
    assert!(has("c_binary.txt", "binary"), "{problems:#?}");
    assert!(
        has("d_latin1.txt", "invalid UTF-8 at byte 3"),
        "{problems:#?}"
    );
    assert_eq!(
        summary.documents, 3,
        "good, unbalanced and huge-line files are analysed"
    );
    let quotes = fs::read_to_string(dir.join("out/quotes.csv")).unwrap();
    assert!(
        quotes.contains("a_good.txt,Wire,2025-02-12,direct,Donald Trump"),
        "{quotes}"
    );
    assert!(quotes.contains("Dmitry Peskov"), "{quotes}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn json_lines_input_with_a_malformed_line_still_runs() {
    let dir = scratch("jsonl");
    let path = dir.join("corpus.jsonl");
    let good = serde_json::json!({"id": "x1", "title": "Talks", "text": ARTICLE, "published": "2025-02-13", "outlet": "Wire", "url": null});
    fs::write(&path, format!("{good}\n{{\"id\": \"x2\", \"text\": \n")).unwrap();
    let summary = run(&RunConfig::new(&path, dir.join("out"))).expect("run completes");
    assert_eq!(summary.documents, 1);
    assert!(
        summary.problems[0]
            .to_string()
            .starts_with(&format!("{}:2: malformed JSON", path.display()))
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn reports_are_byte_identical_at_one_and_two_threads() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let dir = scratch("det");
    let mut one = RunConfig::new(&seeds, dir.join("one"));
    one.jobs = Some(1);
    let mut two = RunConfig::new(&seeds, dir.join("two"));
    two.jobs = Some(2);
    run(&one).unwrap();
    run(&two).unwrap();
    for name in ["quotes.csv", "speakers.csv", "report.md"] {
        assert_eq!(
            fs::read(dir.join("one").join(name)).unwrap(),
            fs::read(dir.join("two").join(name)).unwrap(),
            "{name}"
        );
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_failed_run_leaves_previous_reports_intact() {
    let dir = scratch("atomic");
    let out = dir.join("out");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("quotes.csv"), "previous").unwrap();
    let bad = RunConfig {
        gazetteers: vec![dir.join("missing.csv")],
        ..RunConfig::new(dir.join("nowhere"), &out)
    };
    assert!(run(&bad).is_err());
    assert_eq!(
        fs::read_to_string(out.join("quotes.csv")).unwrap(),
        "previous"
    );
    let _ = fs::remove_dir_all(&dir);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn gzip_input_gives_the_same_reports_as_plain_input() {
    let dir = scratch("gzip");
    let doc = |id: &str| serde_json::json!({"id": id, "title": "Talks", "text": ARTICLE, "published": "2025-02-13", "outlet": "Wire", "url": null});
    let jsonl = format!("{}\n{}\n", doc("x1"), doc("x2"));
    fs::write(dir.join("corpus.jsonl"), &jsonl).unwrap();
    fs::write(dir.join("corpus.jsonl.gz"), gzip(jsonl.as_bytes())).unwrap();
    let folder = dir.join("folder");
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("a.txt.gz"), gzip(ARTICLE.as_bytes())).unwrap();

    run(&RunConfig::new(dir.join("corpus.jsonl"), dir.join("plain"))).unwrap();
    let summary = run(&RunConfig::new(dir.join("corpus.jsonl.gz"), dir.join("gz"))).unwrap();
    assert_eq!(summary.documents, 2);
    assert!(summary.problems.is_empty(), "{:?}", summary.problems);
    for name in ["quotes.csv", "speakers.csv", "report.md"] {
        assert_eq!(
            fs::read(dir.join("plain").join(name)).unwrap(),
            fs::read(dir.join("gz").join(name)).unwrap(),
            "{name}"
        );
    }
    let summary = run(&RunConfig::new(&folder, dir.join("folder-out"))).unwrap();
    assert_eq!((summary.documents, summary.statements), (1, 3));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_truncated_gzip_file_keeps_the_documents_read_before_the_damage() {
    let dir = scratch("gzip-cut");
    let doc = |id: usize| serde_json::json!({"id": id.to_string(), "text": ARTICLE, "published": "2025-02-13"});
    let jsonl: String = (0..400).map(|i| format!("{}\n", doc(i))).collect();
    let mut bytes = gzip(jsonl.as_bytes());
    bytes.truncate(bytes.len() * 3 / 4);
    let path = dir.join("cut.jsonl.gz");
    fs::write(&path, bytes).unwrap();
    let summary = run(&RunConfig::new(&path, dir.join("out"))).expect("run completes");
    assert!(
        summary.documents > 0 && summary.documents < 400,
        "{}",
        summary.documents
    );
    assert_eq!(summary.problems.len(), 1, "{:?}", summary.problems);
    let problem = summary.problems[0].to_string();
    assert!(
        problem.starts_with(&format!("{}:", path.display())),
        "{problem}"
    );
    assert!(problem.contains("cannot read"), "{problem}");
    let _ = fs::remove_dir_all(&dir);
}
