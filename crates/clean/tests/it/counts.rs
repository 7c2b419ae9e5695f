//! Corpus line counts.

use whosaid_clean::LineCounts;

#[test]
fn lines_are_counted_once_per_document_after_trimming_spacing_and_case() {
    let mut counts = LineCounts::default();
    counts.observe("Sign up for our newsletter\nSign up for our newsletter\nA story.");
    counts.observe("  SIGN  UP for\u{a0}our newsletter \r\nAnother story.");
    counts.observe("");
    assert_eq!(counts.documents_with("sign up for our newsletter"), 2);
    assert_eq!(counts.documents_with("A story."), 1);
    assert_eq!(counts.documents_with("Never seen."), 0);
    assert_eq!(counts.documents_with("   "), 0);
}

#[test]
fn counts_agree_between_independent_collections() {
    let mut a = LineCounts::default();
    let mut b = LineCounts::default();
    for doc in ["x line\ny line", "y line\nz line"] {
        a.observe(doc);
        b.observe(doc);
    }
    for line in ["x line", "y line", "z line"] {
        assert_eq!(a.documents_with(line), b.documents_with(line));
    }
}
