//! What is not article text goes, and why; what is article text stays.

use expect_test::{Expect, expect};
use whosaid_clean::{CleanOptions, LineCounts, clean};

use crate::{clean_en, clean_with, is_place, render};

/// Cleans `input` as English and shows kept lines ("| ") and dropped lines ("- Reason: ").
fn check(input: &str, expected: Expect) {
    expected.assert_eq(&render(input, &clean_en(input)));
}

/// Asserts nothing in `lines` is dropped.
fn check_all_kept(lines: &[&str]) {
    let input = lines.join("\n\n");
    let cleaned = clean_en(&input);
    assert_eq!(cleaned.dropped, [], "{}", render(&input, &cleaned));
}

#[test]
fn spanish_paywall_inside_an_english_article_is_foreign_including_short_lines_in_the_run() {
    check(
        "Putin has been tempting Trump with new business deals since February.\n\
         Tu suscripción se está usando en otro dispositivo\n\
         ¿Por qué estás viendo esto?\n\
         Flecha\n\
         Si continúas leyendo en este dispositivo, no se podrá leer en el otro.\n\
         ¿Tienes una suscripción de empresa? Accede aquí para contratar más cuentas.\n",
        expect![[r#"
            | Putin has been tempting Trump with new business deals since February.
            - ForeignLanguage: Tu suscripción se está usando en otro dispositivo
            - ForeignLanguage: ¿Por qué estás viendo esto?
            - ForeignLanguage: Flecha
            - ForeignLanguage: Si continúas leyendo en este dispositivo, no se podrá leer en el otro.
            - ForeignLanguage: ¿Tienes una suscripción de empresa? Accede aquí para contratar más cuentas.
        "#]],
    );
}

#[test]
fn english_news_sentences_headlines_and_quotes_are_never_foreign() {
    check_all_kept(&[
        "Russia and Ukraine to immediately open ceasefire talks, Trump says",
        "The warring nations ‘are on the right track,’ Vladimir Putin stated",
        "Zelenskiy: “No one wants peace more than Ukraine”",
        "Mr Trump said he asked his Russian counterpart: „When are we going to end this, Vladimir?“",
        "The Istanbul talks had been organized at Putin’s own suggestion.",
        "Moscow is ready to work toward ending fighting in Ukraine, Mr Putin said following the call.",
        "Kremlin spokesman Dmitry Peskov called the conversation “important”.",
        "Ukraine-Russia war latest: Trump says ceasefire talks will begin immediately",
        "Trump calls on Putin and Zelenskiy to initiate peace negotiations in Ukraine",
        "Leaders in Washington and Moscow are optimistic, although talks have stalled.",
        "Tiredness in Washington?",
        "“Let the process begin,” he wrote in a Truth Social post.",
        "El Paso Mayor Oscar Leeser said the city would open more shelters.",
        "Los Angeles police arrested four people, officials said on Sunday.",
        "Mexican President Claudia Sheinbaum said: “No habrá guerra comercial” on Friday.",
    ]);
}

#[test]
fn login_notification_newsletter_and_comment_prompts_are_dropped() {
    check(
        "Notifications can be managed in browser preferences.\n\
         Please refresh the page or navigate to another page on the site to be automatically logged inPlease refresh your browser to be logged in\n\
         Sign up for our weekly newsletter to get more news coverage from The Daily Planet\n\
         I would like to be emailed about offers, events and updates from The Planet. Read our Privacy notice\n\
         Join thought-provoking conversations, follow other Planet readers and see their replies\n\
         Mr Trump spoke to his Russian counterpart in a two-hour call.\n",
        expect![[r#"
            | Mr Trump spoke to his Russian counterpart in a two-hour call.
            - Prompt: Notifications can be managed in browser preferences.
            - Prompt: Please refresh the page or navigate to another page on the site to be automatically logged inPlease refresh your browser to be logged in
            - Prompt: Sign up for our weekly newsletter to get more news coverage from The Daily Planet
            - Prompt: I would like to be emailed about offers, events and updates from The Planet. Read our Privacy notice
            - Prompt: Join thought-provoking conversations, follow other Planet readers and see their replies
        "#]],
    );
}

#[test]
fn prompt_vocabulary_in_reporting_or_quotes_is_kept() {
    check_all_kept(&[
        "“Click here to subscribe,” the scam email told readers, police said.",
        "The newspaper said its premium subscribers could sign up for the newsletter.",
        "The odds are that when you fire up your browser, you go straight to a search engine.",
        "Q: You open your book on May 17, 2001. You were 14 years old. What did you find?",
    ]);
}

#[test]
fn photo_captions_with_credits_and_labels_beside_them_are_dropped() {
    check(
        "Mr Trump also spoke to Ukrainian leader Volodymyr Zelensky.\n\n\
         US President Donald Trump spoke to Vladimir Putin for two hours on Monday (Alex Brandon/AP)\n\n\
         Vladimir Putin speaking to journalists\n\
         Russian President Vladimir Putin speaks to journalists outside Sochi, Russia (Vyacheslav Prokofyev, Sputnik, Kremlin Pool Photo via AP)\n\n\
         Supporting image for story: Trump says talks to begin ‘immediately’\n\
         The conversations came after the White House said the US leader was “frustrated”.\n",
        expect![[r#"
            | Mr Trump also spoke to Ukrainian leader Volodymyr Zelensky.
            | The conversations came after the White House said the US leader was “frustrated”.
            - Caption: US President Donald Trump spoke to Vladimir Putin for two hours on Monday (Alex Brandon/AP)
            - Caption: Vladimir Putin speaking to journalists
            - Caption: Russian President Vladimir Putin speaks to journalists outside Sochi, Russia (Vyacheslav Prokofyev, Sputnik, Kremlin Pool Photo via AP)
            - Caption: Supporting image for story: Trump says talks to begin ‘immediately’
        "#]],
    );
}

#[test]
fn credit_glued_to_a_caption_and_the_caption_repeated_before_it_are_dropped() {
    check(
        "Moscow and Kyiv both confirmed the talks.\n\
         US President Donald Trump.\n\
         US President Donald Trump.Aaron Schwartz / POOL (EFE)\n\
         Donald Trump and Vladimir Putin spoke on the phone Wednesday.\n",
        expect![[r#"
            | Moscow and Kyiv both confirmed the talks.
            | Donald Trump and Vladimir Putin spoke on the phone Wednesday.
            - Caption: US President Donald Trump.
            - Caption: US President Donald Trump.Aaron Schwartz / POOL (EFE)
        "#]],
    );
}

#[test]
fn parenthesised_countries_and_acronyms_are_not_credits() {
    check_all_kept(&[
        "1 Roger Federer (Switzerland)",
        "The cartel raised output, officials from the group said (OPEC)",
        "He was shot after he approached the car. (WARNING: Video contains graphic images.)",
    ]);
}

#[test]
fn caption_grammar_is_dropped_but_sentences_with_verbs_stay() {
    check(
        "Trump says ceasefire talks will begin\n\
         Donald Trump during the visit of Italian Prime Minister Giorgia Meloni to the White House on April 17.\n\
         Ukrainian President Volodymyr Zelensky at a briefing in Kyiv on Monday\n\
         Trump during his campaign promised to end the war within a day.\n\
         Lynch speaks more frequently in public about racial issues than gender ones.\n\
         Biden Aims Insult At Trump, Slams Japanese Pride Instead.\n",
        expect![[r#"
            | Trump says ceasefire talks will begin
            | Trump during his campaign promised to end the war within a day.
            | Lynch speaks more frequently in public about racial issues than gender ones.
            | Biden Aims Insult At Trump, Slams Japanese Pride Instead.
            - Caption: Donald Trump during the visit of Italian Prime Minister Giorgia Meloni to the White House on April 17.
            - Caption: Ukrainian President Volodymyr Zelensky at a briefing in Kyiv on Monday
        "#]],
    );
}

#[test]
fn reading_time_badges_are_dropped() {
    check(
        "3 min\n5 min read\n4 minutes\nReading time: 2 mins\nThe 3 min call ended early.\n",
        expect![[r#"
            | The 3 min call ended early.
            - ReadingTime: 3 min
            - ReadingTime: 5 min read
            - ReadingTime: 4 minutes
            - ReadingTime: Reading time: 2 mins
        "#]],
    );
}

#[test]
fn bylines_name_lines_and_page_labels_are_furniture() {
    check(
        "Express & Star\n\
         Trump says ceasefire talks to begin ‘immediately’\n\
         By contributor Josh Boak and Zeke Miller, Associated Press\n\
         Macarena Vidal Liy Javier G Cuesta\n\
         Published\n\
         Last updated 19 May 2025 10:42\n\
         By Monday, the talks had collapsed.\n\
         More information\n\
         Archived In\n\
         stats\n",
        expect![[r#"
            | Trump says ceasefire talks to begin ‘immediately’
            | By Monday, the talks had collapsed.
            - Furniture: Express & Star
            - Furniture: By contributor Josh Boak and Zeke Miller, Associated Press
            - Furniture: Macarena Vidal Liy Javier G Cuesta
            - Furniture: Published
            - Furniture: Last updated 19 May 2025 10:42
            - Furniture: More information
            - Furniture: Archived In
            - Furniture: stats
        "#]],
    );
}

#[test]
fn datelines_ending_in_a_dash_are_kept() {
    check(
        "Talks on the war in Ukraine begin next week in Istanbul\n\
         Washington / Moscow -\n\
         WASHINGTON (AP) —\n\
         Donald Trump and Vladimir Putin spoke on the phone.\n",
        expect![[r#"
            | Talks on the war in Ukraine begin next week in Istanbul
            | Washington / Moscow -
            | WASHINGTON (AP) —
            | Donald Trump and Vladimir Putin spoke on the phone.
        "#]],
    );
}

#[test]
fn title_of_four_words_is_kept_even_in_title_case() {
    check(
        "Trump Putin Call Ends\nThe call lasted two hours.\n",
        expect![[r#"
            | Trump Putin Call Ends
            | The call lasted two hours.
        "#]],
    );
}

#[test]
fn punctuation_only_lines_are_dropped() {
    check(
        "_\n***\n—\nThe call lasted two hours.\n_",
        expect![[r#"
            | The call lasted two hours.
            - Furniture: _
            - Furniture: ***
            - Furniture: —
            - Furniture: _
        "#]],
    );
}

#[test]
fn line_repeated_in_a_document_keeps_its_first_occurrence_unless_it_quotes() {
    check(
        "It takes 1,237 delegates to win the nomination.\n\
         “We will win,” she said.\n\
         It takes 1,237 delegates to win the nomination.\n\
         “We will win,” she said.\n",
        expect![[r#"
            | It takes 1,237 delegates to win the nomination.
            | “We will win,” she said.
            | “We will win,” she said.
            - Repeated: It takes 1,237 delegates to win the nomination.
        "#]],
    );
}

#[test]
fn corpus_boilerplate_seen_in_three_documents_is_dropped_but_reporting_is_kept() {
    let docs = [
        "Story one.\nFollow the Planet on social media\nMoscow is ready, Mr Putin said.",
        "Story two.\nFollow the Planet on social media\nMoscow is ready, Mr Putin said.",
        "Story three.\nFollow the Planet on social media\nMoscow is ready, Mr Putin said.",
    ];
    let mut counts = LineCounts::default();
    for doc in docs {
        counts.observe(doc);
    }
    let cleaned = clean_with(docs[0], Some(&counts));
    expect![[r#"
        | Story one.
        | Moscow is ready, Mr Putin said.
        - Repeated: Follow the Planet on social media
    "#]]
    .assert_eq(&render(docs[0], &cleaned));
}

#[test]
fn corpus_repetition_with_prompt_vocabulary_needs_only_two_documents() {
    let docs = [
        "A story about talks.\nComments are closed for this page\nAnother line of news here.",
        "A story about trade.\nComments are closed for this page\nMore news in this one.",
    ];
    let mut counts = LineCounts::default();
    for doc in docs {
        counts.observe(doc);
    }
    let cleaned = clean_with(docs[1], Some(&counts));
    expect![[r#"
        | A story about trade.
        | More news in this one.
        - Repeated: Comments are closed for this page
    "#]]
    .assert_eq(&render(docs[1], &cleaned));
}

#[test]
fn without_a_language_no_line_is_foreign() {
    let input =
        "Tu suscripción se está usando en otro dispositivo y solo puedes acceder desde uno.";
    let options = CleanOptions {
        language: None,
        corpus: None,
        is_place: &is_place,
    };
    assert_eq!(clean(input, &options).dropped, []);
}

#[test]
fn odd_inputs_never_panic() {
    let huge = "word ".repeat(400_000) + "end.";
    let binary: String = (0u8..=255).map(char::from).collect();
    let inputs = [
        String::new(),
        "\n\n\r\n  \t\n".to_owned(),
        "\u{200b}\u{feff}\n\u{ad}".to_owned(),
        binary,
        huge,
        "\u{301}\u{301}e\u{301}\u{0}\u{1}(".to_owned(),
        "«»‹›‚'".repeat(1000),
        "Washington".to_owned(),
        "WashingtonX".to_owned(),
    ];
    for input in inputs {
        let cleaned = clean_en(&input);
        let end = cleaned.map.to_original(cleaned.text.len());
        assert!(end <= input.len());
        for dropped in &cleaned.dropped {
            assert!(input.get(dropped.original.clone()).is_some());
        }
    }
}
