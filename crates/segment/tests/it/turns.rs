//! Transcript turns: "PENCE: Well, look, …".

use expect_test::{Expect, expect};

use crate::segment_checked;

/// Renders turns one a line, `LABEL => «speech» «speech»`.
fn check(input: &str, expect: Expect) {
    let seg = segment_checked(input);
    let mut out = String::new();
    for t in &seg.turns {
        out += &format!("p{} {} =>", t.paragraph, &input[t.label.clone()]);
        for s in &t.speech {
            out += &format!(" «{}»", &input[s.clone()]);
        }
        out += "\n";
    }
    if out.is_empty() {
        out = "(no turns)\n".to_owned();
    }
    expect.assert_eq(&out);
}

#[test]
fn labelled_paragraphs_of_two_speakers_are_turns() {
    check(
        "Partial transcript as follows:\n\nJAKE TAPPER: Do you think he has campaigned as a healer?\n\nFALLIN: I think he is trying to.\n\nTAPPER: Thank you, Governor.\n",
        expect![[r#"
            p1 JAKE TAPPER => «Do you think he has campaigned as a healer?»
            p2 FALLIN => «I think he is trying to.»
            p3 TAPPER => «Thank you, Governor.»
        "#]],
    );
}

#[test]
fn quoted_paragraphs_lose_their_marks_and_paragraphs_between_turns_go_on() {
    check(
        "\"WALLACE: If I may, sir, will she be there?\n\n\"PENCE: She will not be attending.\n\n\"And I just can’t wait to see the debate.\n\n\"(CROSSTALK.)\n\n\"WALLACE: Governor, I don’t want to interrupt.\"\n\nFollow him on Twitter.\n",
        expect![[r#"
            p0 WALLACE => «If I may, sir, will she be there?»
            p1 PENCE => «She will not be attending.» «And I just can’t wait to see the debate.»
            p4 WALLACE => «Governor, I don’t want to interrupt.»
        "#]],
    );
}

#[test]
fn questions_and_answers_are_turns() {
    check(
        "Q: Have you talked to her?\nA: It’s been about a month.\n",
        expect![[r#"
            p0 Q => «Have you talked to her?»
            p1 A => «It’s been about a month.»
        "#]],
    );
}

#[test]
fn one_speaker_editors_labels_and_headlines_in_capitals_are_no_transcript() {
    // One label, or one speaker twice.
    check("TRUMP: We will win.\n\nHe left.\n", expect!["(no turns)\n"]);
    check(
        "HUFFPOLLSTER: A shift.\n\nHUFFPOLLSTER: A battle.\n",
        expect!["(no turns)\n"],
    );
    // What an editor writes, and a headline in capitals.
    check(
        "UPDATE: The story was changed.\n\nCORRECTION: An earlier version misstated it.\n",
        expect!["(no turns)\n"],
    );
    check(
        "UN: PEACEKEEPERS PAYING FOR SEX\n\nFIX IS IN: PBS MODERATORS IGNORE IT\n",
        expect!["(no turns)\n"],
    );
    // Not capitals, too long, or no space after the colon.
    check(
        "Pence: Flowers won’t be there.\n\nTrump: I invited her.\n\nTHE SPOKESMAN OF THE MINISTRY OF DEFENCE: no.\n\nAT 10:30 the call began.\n",
        expect!["(no turns)\n"],
    );
}
