//! A small, realistic corpus: four articles about the Trump–Putin calls of 2025, one of them
//! without statements, with every kind of statement, a quote reported inside another, an
//! unattributed quote, Markdown specials and a post too long to print whole.

use whosaid_aggregate::{Aggregator, DocumentInfo, QuoteRecord};

pub fn documents() -> Vec<DocumentInfo> {
    vec![
        doc(
            "002_7e6da73c828c1149.txt",
            "EL PAÍS English Edition",
            "2025-02-13",
            9_214,
        ),
        doc(
            "003_ec6864625216a4e9.txt",
            "The Independent",
            "2025-05-20",
            7_530,
        ),
        doc(
            "004_194efc37ba48a10c.txt",
            "Express & Star (Associated Press)",
            "2025-05-19",
            6_102,
        ),
        doc("001_b1b93be4049e9991.txt", "", "2025-05-19", 4_877),
    ]
}

/// Statements in the order the pipeline would produce them: by document, then text order.
pub fn statements() -> Vec<QuoteRecord> {
    let [el_pais, independent, express, _] = &documents()[..] else {
        unreachable!("four documents")
    };
    vec![
        QuoteRecord {
            medium: "Truth Social".into(),
            ..statement(
                el_pais,
                "direct",
                "Donald Trump",
                "As we both agreed, we want to stop the millions of deaths taking place in the war \
                 with Russia/Ukraine,",
                "wrote",
                "2025-02-12",
            )
        },
        QuoteRecord {
            medium: "Truth Social".into(),
            ..statement(
                el_pais,
                "direct",
                "Donald Trump",
                LONG_POST,
                "posted",
                "2025-02-12",
            )
        },
        QuoteRecord {
            place: "Moscow".into(),
            ..statement(
                el_pais,
                "indirect",
                "Dmitry Peskov",
                "the Russian leader had invited the US president to Moscow",
                "said",
                "2025-02-12",
            )
        },
        statement(
            independent,
            "direct",
            "Donald Trump",
            "When are we going to end this, Vladimir?",
            "asked",
            "2025-05-19",
        ),
        QuoteRecord {
            place: "Moscow".into(),
            ..statement(
                independent,
                "indirect",
                "Yuri Ushakov",
                "there had been no talk about a timeframe for a ceasefire in Ukraine to begin",
                "said",
                "2025-05-19",
            )
        },
        QuoteRecord {
            reported_by: "Yuri Ushakov".into(),
            ..statement(
                independent,
                "partial",
                "Vladimir Putin",
                "ready to work towards peace",
                "told",
                "2025-05-19",
            )
        },
        QuoteRecord {
            place: "Rome".into(),
            ..statement(
                independent,
                "direct",
                "JD Vance",
                "And I think the president’s going to say to president Putin: ‚Look, are you \
                 serious? Are you real about this?‘",
                "said",
                "2025-05-19",
            )
        },
        QuoteRecord {
            medium: "Truth Social".into(),
            ..statement(
                independent,
                "direct",
                "Donald Trump",
                "Let the process BEGIN! *Big* progress on [Russia|Ukraine] <3 — #1 priority, \
                 $5 trillion & _huge_ `deals`",
                "wrote",
                "2025-05-19",
            )
        },
        statement(
            independent,
            "direct",
            "",
            "There is no alternative to\nnegotiations.",
            "",
            "",
        ),
        QuoteRecord {
            medium: "social media post".into(),
            ..statement(
                express,
                "direct",
                "Donald Trump",
                "The conditions for that will be negotiated between the two parties, as it can \
                 only be, because they know details of a negotiation that nobody else would be \
                 aware of,",
                "said",
                "2025-05-19",
            )
        },
        statement(
            express,
            "partial",
            "Donald Trump",
            "excellent",
            "said",
            "2025-05-19",
        ),
        QuoteRecord {
            place: "Sochi".into(),
            ..statement(
                express,
                "direct",
                "Vladimir Putin",
                "We just need to outline the most effective routes of moving towards peace.",
                "said",
                "2025-05-19",
            )
        },
        QuoteRecord {
            place: "Sochi".into(),
            ..statement(
                express,
                "indirect",
                "Vladimir Putin",
                "Russia was ready to work with Ukraine on a memorandum on a possible future \
                 peace accord",
                "according to",
                "2025-05",
            )
        },
    ]
}

/// A Truth Social post of more than 600 characters.
pub const LONG_POST: &str = "I just spoke to President Volodymyr Zelenskyy of Ukraine. The \
     conversation went very well. He, like President Putin, wants to make PEACE. We discussed a \
     variety of topics having to do with the war, but mostly, the meeting that is being set up \
     on Friday in Munich, where Vice President J. D. Vance and Secretary of State Marco Rubio \
     will lead the Delegation. I am hopeful that the results of that meeting will be positive. \
     It is time to stop this ridiculous war, where there has been massive, and totally \
     unnecessary, DEATH and DESTRUCTION. God bless the people of Russia and Ukraine! Thank you \
     for your attention to this matter!";

/// The fixture aggregated, keeping four statements per speaker.
pub fn aggregated() -> Aggregator {
    let mut aggregator = Aggregator::new(4);
    for doc in documents() {
        aggregator.add_document(&doc);
    }
    for record in statements() {
        aggregator.add(&record);
    }
    aggregator
}

pub fn doc(id: &str, outlet: &str, published: &str, bytes: usize) -> DocumentInfo {
    DocumentInfo {
        doc: id.into(),
        outlet: outlet.into(),
        published: published.into(),
        bytes,
    }
}

pub fn statement(
    doc: &DocumentInfo,
    kind: &str,
    speaker: &str,
    quote: &str,
    cue: &str,
    when: &str,
) -> QuoteRecord {
    QuoteRecord {
        doc: doc.doc.clone(),
        outlet: doc.outlet.clone(),
        published: doc.published.clone(),
        kind: kind.into(),
        speaker: speaker.into(),
        speaker_mention: speaker.rsplit(' ').next().unwrap_or_default().into(),
        quote: quote.into(),
        cue: cue.into(),
        when: when.into(),
        when_source: if when.is_empty() { "" } else { "published" }.into(),
        start: 100,
        end: 100 + quote.len(),
        ..QuoteRecord::default()
    }
}
