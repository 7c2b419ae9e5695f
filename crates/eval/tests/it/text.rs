//! Tokens, quote marks, overlap and speaker words.

use expect_test::{Expect, expect};
use whosaid_eval::{
    content_words, is_quoted, match_score, quoted_fragments, speaker_matches, tokens,
};

fn check_tokens(text: &str, expected: Expect) {
    expected.assert_eq(&tokens(text).join(" "));
}

#[test]
fn tokens_are_lowercase_alphanumeric_runs() {
    check_tokens(
        "“Don’t,” she said — ÉLAN 2016!",
        expect!["don t she said élan 2016"],
    );
    check_tokens("\"It's 'fine'\"", expect!["it s fine"]);
    check_tokens("“ … ”", expect![""]);
}

#[test]
fn double_marks_or_a_single_quote_pair_make_a_content_quoted() {
    assert!(is_quoted("“We will win,” he said"));
    assert!(is_quoted("he called it \"a disgrace\""));
    assert!(is_quoted("It’s ‘in Their Heads.’"));
    assert!(is_quoted("«Non»"));
    // Two apostrophes: the typewriter double quote of the New York Times texts.
    assert!(is_quoted("''It is disqualifying,'' he said"));
    assert!(!is_quoted("the voters' choice"));
    assert!(!is_quoted("Clinton’s team didn’t want the escort"));
    assert!(!is_quoted("the campaign’s ‘plan"));
}

fn check_fragments(content: &str, expected: Expect) {
    expected.assert_eq(&format!("{:?}", quoted_fragments(content)));
}

#[test]
fn quoted_fragments_are_the_words_between_paired_marks() {
    check_fragments(
        "Trump said the plan was “a disaster” and “a joke.”",
        expect![[r#"Some("a disaster a joke.")"#]],
    );
    check_fragments(
        "She called it ‘a shame, don’t you think’ today",
        expect![[r#"Some("a shame, don’t you think")"#]],
    );
    check_fragments(
        "He said \"it is over\" and left",
        expect![[r#"Some("it is over")"#]],
    );
    check_fragments(
        "“I said ‘no’ twice”",
        expect![[r#"Some("I said ‘no’ twice")"#]],
    );
    check_fragments(
        "“It goes on and on",
        expect![[r#"Some("It goes on and on")"#]],
    );
    check_fragments(
        "the company ''reports having 987 subsidiaries'' abroad",
        expect![[r#"Some("reports having 987 subsidiaries")"#]],
    );
    check_fragments("Clinton’s team didn’t want it", expect!["None"]);
}

#[test]
fn match_threshold_is_half_inclusive() {
    // F1 = 2 * overlap / (predicted + gold): 2 * 2 / (3 + 5) = 0.5 exactly.
    assert_eq!(
        match_score("alpha beta zeta", "alpha beta gamma delta epsilon"),
        0.5
    );
    // 2 * 2 / (3 + 6) < 0.5.
    assert!(match_score("alpha beta zeta", "alpha beta gamma delta epsilon eta") < 0.5);
    assert_eq!(match_score("“Alpha, beta!”", "alpha beta"), 1.0);
    assert_eq!(match_score("", ""), 0.0);
}

#[test]
fn overlap_counts_repeated_tokens_once_per_occurrence() {
    // Multiset overlap: "no" twice against once overlaps once: 2 * 1 / (2 + 1).
    let score = match_score("no no", "no");
    assert!((score - 2.0 / 3.0).abs() < 1e-12, "{score}");
}

#[test]
fn quoted_words_alone_can_match_a_mixed_content() {
    let content = "Trump told reporters on Tuesday that the new health plan from the \
                   administration was “a total disaster”";
    assert_eq!(match_score("A total disaster.", content), 1.0);
    assert!(
        match_score(
            "a total disaster",
            "Trump told reporters on Tuesday the plan was a total disaster"
        ) < 0.5
    );
}

#[test]
fn content_words_drop_stop_words_and_single_letters() {
    expect!["clinton campaign"]
        .assert_eq(&content_words("Mr. Clinton’s campaign, he said").join(" "));
    expect![""].assert_eq(&content_words("they").join(" "));
}

#[test]
fn speaker_is_right_when_it_shares_a_content_word_with_the_source() {
    assert!(speaker_matches("Hillary Clinton", "Clinton", ""));
    assert!(speaker_matches("the Clinton campaign", "", "her campaign"));
    assert!(speaker_matches("Sen. Tim Kaine", "Tim Kaine (D-Va.)", ""));
    assert!(!speaker_matches("Mr. Trump", "Mr. Obama", "he"));
    assert!(!speaker_matches("the source", "", ""));
}

#[test]
fn pronoun_source_is_right_only_for_the_same_mention() {
    assert!(speaker_matches("he", "Donald Trump", "he"));
    assert!(speaker_matches("He", "he", ""));
    assert!(!speaker_matches("he", "Donald Trump", ""));
    assert!(!speaker_matches("he", "", "she"));
}
