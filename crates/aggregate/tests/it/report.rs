//! `report.md`.

use expect_test::{expect, expect_file};
use whosaid_aggregate::{Aggregator, ReportOptions};

use crate::fixture::{self, LONG_POST, doc, statement};

#[test]
fn report_of_a_small_corpus() {
    expect_file!["golden/report.md"].assert_eq(&fixture::aggregated().markdown());
}

#[test]
fn same_input_gives_byte_identical_output() {
    let first = fixture::aggregated();
    let second = fixture::aggregated();
    assert_eq!(first.markdown(), second.markdown());
    assert_eq!(first.speakers(), second.speakers());
}

#[test]
fn empty_input_says_no_statements_were_found() {
    expect![[r#"
        # Who said what

        No articles were analysed.

        No statements found.
    "#]]
    .assert_eq(&Aggregator::new(10).markdown());
}

#[test]
fn articles_without_statements_are_still_summarised() {
    let mut aggregator = Aggregator::new(10);
    for d in fixture::documents() {
        aggregator.add_document(&d);
    }
    expect![[r#"
        # Who said what

        4 articles from 3 outlets, published between 13 February 2025 and 20 May 2025.

        No statements found.
    "#]]
    .assert_eq(&aggregator.markdown());
}

/// The text of the first bullet's quote, without the quotation marks.
fn shown_quote(report: &str) -> &str {
    let line = report.lines().find(|l| l.starts_with("- “")).unwrap();
    let text = &line["- “".len()..];
    &text[..text.find('”').unwrap()]
}

#[test]
fn long_quotes_are_shortened_on_a_word_boundary() {
    let words = "Мы готовы работать с украинской стороной над меморандумом о возможном будущем \
                 мирном договоре, 和平 🕊️ naïve café";
    for max_quote_chars in 0..=words.chars().count() + 1 {
        let d = doc("a.txt", "", "", 0);
        let mut aggregator = Aggregator::new(1);
        aggregator.add(&statement(&d, "direct", "Putin", words, "said", ""));
        let options = ReportOptions {
            max_quote_chars,
            ..ReportOptions::default()
        };
        let report = aggregator.markdown_with(&options);
        let shown = shown_quote(&report);
        match shown.strip_suffix(" …") {
            None => assert_eq!(shown, words),
            Some(kept) => {
                let next = &words[kept.len()..];
                assert!(words.starts_with(kept), "{shown:?}");
                assert!(
                    next.starts_with([' ', ',']),
                    "cut mid-word at {max_quote_chars}: {shown:?}"
                );
                let first_word = words.split(' ').next().unwrap();
                assert!(
                    kept.chars().count() <= max_quote_chars || kept == first_word,
                    "too long at {max_quote_chars}: {shown:?}"
                );
            }
        }
    }
}

#[test]
fn six_hundred_character_post_is_cut_near_three_hundred() {
    let report = fixture::aggregated().markdown();
    let line = report.lines().find(|l| l.contains("I just spoke")).unwrap();
    let shown = line.split('”').next().unwrap();
    assert!(LONG_POST.chars().count() > 600);
    assert!(shown.chars().count() < 310, "{shown}");
    assert!(shown.ends_with(" …"));
}

#[test]
fn markdown_specials_in_quotes_render_literally() {
    let d = doc("a_b*c.txt", "*Star* [AP]", "", 0);
    let mut aggregator = Aggregator::new(1);
    let quote =
        "*Big* _deal_ [link](x) <b>hi</b> | `code` # ~strike~ $5 &amp; AT&T \\ end\n# heading";
    aggregator.add(&statement(
        &d,
        "direct",
        "#1 [Fan] | *Bot*",
        quote,
        "said",
        "",
    ));
    let report = aggregator.markdown();
    expect![[r#"
        # Who said what

        No articles were analysed.

        - **Statements:** 1 (1 direct quote, 0 partial quotes, 0 in reported speech)
        - **Speakers:** 1 named
        - **Outlets:** none named

        ## Speakers

        | Speaker | Statements | Direct | Partial | Indirect | Articles |
        | :-- | --: | --: | --: | --: | --: |
        | [\#1 \[Fan\] \| \*Bot\*](#1-fan--bot) | 1 | 1 | 0 | 0 | 1 |

        ## \#1 \[Fan\] \| \*Bot\*

        **1 statement** (direct) in 1 article from *\*Star\* \[AP\]*.

        ### Date unknown

        - “\*Big\* \_deal\_ \[link\](x) \<b\>hi\</b\> \| \`code\` \# \~strike\~ \$5 \&amp; AT\&T \\ end \# heading” — said · *\*Star\* \[AP\]*, `a_b*c.txt`
    "#]]
    .assert_eq(&report);
}

#[test]
fn speaker_named_like_a_section_links_to_their_own_heading() {
    let d = doc("a.txt", "", "", 0);
    let mut aggregator = Aggregator::new(1);
    aggregator.add(&statement(&d, "direct", "Speakers", "…", "said", ""));
    let report = aggregator.markdown();
    assert!(report.contains("| [Speakers](#speakers-1) |"), "{report}");
}
