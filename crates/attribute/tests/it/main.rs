//! Attribution specifications: each test gives a short text and the statements expected.

use whosaid_attribute::{Attributor, Context};
use whosaid_entities::{Date, Gazetteer, Matcher};

/// Runs segmenting, matching, time expressions and attribution on `text` and renders each
/// statement as `kind speaker <- mention | quote | cue`.
fn run(text: &str, published: &str) -> String {
    let gazetteer = Gazetteer::embedded();
    let matcher = Matcher::new(&gazetteer);
    let published: Option<Date> = published.parse().ok();
    let segmented = whosaid_segment::segment(text);
    let mentions = matcher.find(text);
    let timexes = whosaid_timex::find(text, published);
    let ctx = Context {
        text,
        segmented: &segmented,
        mentions: &mentions,
        timexes: &timexes,
        gazetteer: &gazetteer,
        published,
    };
    let attributor = Attributor::new(&gazetteer);
    let mut out = String::new();
    for s in attributor.attribute(&ctx) {
        let speaker = s.speaker.as_ref().map(|sp| sp.name.as_str()).unwrap_or("?");
        let mention = s
            .speaker
            .as_ref()
            .map(|sp| &text[sp.mention.clone()])
            .unwrap_or("");
        let quote: Vec<&str> = s.fragments.iter().map(|f| &text[f.clone()]).collect();
        let cue = s.cue.as_ref().map(|c| &text[c.clone()]).unwrap_or("");
        out.push_str(&format!(
            "{:?} {speaker} <- {mention} | {} | {cue}\n",
            s.kind,
            quote.join(" … ")
        ));
    }
    out
}

#[test]
fn pronoun_resolves_to_the_subject_of_an_earlier_sentence_not_an_object() {
    let text = "After his call with Mr Putin, Mr Trump spoke with Ukrainian president Volodymyr Zelensky.\nHe also claimed that talks could be hosted by the Vatican. “Let the process begin,” he wrote in a Truth Social post.";
    expect_test::expect![[r#"
        Indirect Donald Trump <- He | talks could be hosted by the Vatican | claimed
        Direct Donald Trump <- he | Let the process begin, | wrote
    "#]]
    .assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn subject_with_role_title_after_the_quote_is_the_speaker() {
    let text = "“He’s grown weary and frustrated with both sides of the conflict,” White House press secretary Karoline Leavitt told reporters on Monday ahead of the call.";
    expect_test::expect![[r#"
        Direct Karoline Leavitt <- secretary Karoline Leavitt | He’s grown weary and frustrated with both sides of the conflict, | told
    "#]]
    .assert_eq(&run(text, "2025-05-19"));
}

#[test]
fn role_noun_resolves_through_dated_gazetteer_roles() {
    let text = "“We just need to outline the most effective routes,” the Russian leader said.";
    expect_test::expect![[r#"
        Direct Vladimir Putin <- the Russian leader | We just need to outline the most effective routes, | said
    "#]]
    .assert_eq(&run(text, "2025-05-20"));
}

#[test]
fn a_name_inside_the_quotation_is_never_its_speaker() {
    let text = "“As President Trump said, let’s get it done,” said the Ukrainian head of state.";
    expect_test::expect![[r#"
        Direct Volodymyr Zelensky <- the Ukrainian head of state | As President Trump said, let’s get it done, | said
    "#]]
    .assert_eq(&run(text, "2025-02-12"));
}

#[test]
fn negated_cue_is_not_a_statement_and_scare_quotes_without_speaker_are_dropped() {
    let text =
        "In the post, Trump did not comment on the attacks. The so-called “peace plan” stalled.";
    expect_test::expect![[r#""#]].assert_eq(&run(text, "2025-05-19"));
}
