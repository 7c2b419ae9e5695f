//! Where, through what medium and when a statement was made: read from the words around
//! its cue (outside the statement itself), else the article's dateline, else nothing.

use std::collections::HashMap;
use std::ops::Range;

use whosaid_entities::{Kind, Mention};
use whosaid_timex::TimexKind;

use crate::Statement;
use crate::resolve::Parser;

/// Prepositions that put a speaker in a place: "told reporters in Kiev", "aboard Air Force Two".
const LOCATIVE: &[&str] = &["in", "at", "aboard", "outside", "near"];

/// Fills place, medium, date and the places mentioned inside the statement.
pub fn fill(p: &Parser<'_>, countries: &HashMap<String, String>, s: &mut Statement) {
    let ctx = p.ctx;
    let text = ctx.text;
    let inside = |r: &Range<usize>| {
        s.fragments
            .iter()
            .any(|f| f.start <= r.start && r.end <= f.end)
    };
    // The attribution sentence: the one holding the cue, else the statement's start.
    let anchor = s
        .cue
        .as_ref()
        .map(|c| c.start)
        .unwrap_or_else(|| s.span().start);
    let sentence = sentence_around(p, anchor);
    let outside = |r: &Range<usize>| {
        sentence.start <= r.start && r.end <= sentence.end && !inside(r) && !in_any_quote(p, r)
    };

    let mentions_in = |range: &Range<usize>| -> Vec<&Mention> {
        let lo = ctx
            .mentions
            .partition_point(|m| m.range.start < range.start);
        ctx.mentions[lo..]
            .iter()
            .take_while(|m| m.range.end <= range.end)
            .collect()
    };

    // Place of utterance: a locative phrase attached to the cue ("told reporters in Kiev",
    // "declared in Brussels that"), a fronted one ("Speaking in Kyiv, …", "In Moscow, the
    // Kremlin said"), or a visit ("as he prepared to depart from a visit to Italy").
    let cue = s.cue.clone();
    for m in mentions_in(&sentence) {
        let e = ctx.gazetteer.get(m.entity);
        if e.kind != Kind::Place || !outside(&m.range) {
            continue;
        }
        let before = text[sentence.start..m.range.start].trim_end();
        let (rest, prev) = before
            .rsplit_once(char::is_whitespace)
            .unwrap_or(("", before));
        let prev = prev.to_lowercase();
        let visit = before.ends_with("visit to") || before.ends_with("trip to");
        let locative = LOCATIVE.contains(&prev.as_str());
        let attached = match &cue {
            _ if visit => true,
            _ if !locative => false,
            // After the cue, with at most a few object words in between.
            Some(c) if c.end <= m.range.start => {
                let gap = text.get(c.end..sentence.start + rest.len()).unwrap_or("");
                gap.split_whitespace().count() <= 3
                    && !gap.contains(['"', '“', '”', ',', ';', ':'])
                    && !gap.split_whitespace().any(|w| w == "that")
            }
            // Before the cue: fronted at the start of the sentence, or a participle.
            Some(c) => {
                let words: Vec<&str> = rest.split_whitespace().collect();
                let fronted = words.len() <= 4
                    && words
                        .first()
                        .is_none_or(|w| w.ends_with("ing") || w.eq_ignore_ascii_case("while"))
                    && text[m.range.end..c.start].contains(',');
                let participle = words.iter().rev().take(4).any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "speaking" | "addressing" | "talking" | "writing"
                    )
                });
                fronted || participle
            }
            None => false,
        };
        if attached {
            s.place = Some(place_name(
                &e.canonical,
                e.country.as_deref(),
                e.demonyms.is_empty(),
                countries,
            ));
            break;
        }
    }
    if s.place.is_none() {
        s.place = dateline(p, countries, s);
    }

    // Medium.
    let cue_words = &text[sentence.clone()];
    let lowered = cue_words.to_lowercase();
    for m in mentions_in(&sentence) {
        let e = ctx.gazetteer.get(m.entity);
        if e.kind != Kind::Media || !outside(&m.range) {
            continue;
        }
        let before = text[sentence.start..m.range.start].to_lowercase();
        let before = before.trim_end();
        if before.ends_with("interview with") {
            s.medium = Some(format!("interview with {}", e.canonical));
        } else if before.ends_with(" on")
            || before.ends_with("post on")
            || before.ends_with("message on")
            || before.ends_with(" a")
            || before.ends_with(" his")
            || before.ends_with(" her")
            || before.ends_with(" via")
        {
            s.medium = Some(e.canonical.clone());
        } else {
            continue;
        }
        break;
    }
    if s.medium.is_none() {
        let outside_text = |needle: &str| {
            lowered
                .match_indices(needle)
                .any(|(i, _)| outside(&(sentence.start + i..sentence.start + i + needle.len())))
        };
        for (needle, medium) in [
            ("in a statement", "statement"),
            ("in a social media post", "social media post"),
            ("in a post", "social media post"),
            ("news conference", "news conference"),
            ("press conference", "press conference"),
            ("told reporters", "reporters"),
            ("to reporters", "reporters"),
            ("told journalists", "reporters"),
            ("to journalists", "reporters"),
            ("in an interview", "interview"),
            ("briefing", "briefing"),
        ] {
            if outside_text(needle) {
                s.medium = Some(medium.to_owned());
                break;
            }
        }
    }

    // Date: the time expression nearest the cue, outside the statement.
    let best = ctx
        .timexes
        .iter()
        .filter(|t| {
            matches!(t.kind, TimexKind::Date | TimexKind::Time)
                && t.when.is_some()
                && outside(&t.range)
        })
        .min_by_key(|t| t.range.start.abs_diff(anchor));
    if let Some(t) = best {
        s.when = t.when;
        s.when_source = Some(t.range.clone());
    }

    // Places named inside the statement.
    let mut places: Vec<String> = Vec::new();
    for f in &s.fragments {
        for m in mentions_in(f) {
            let e = ctx.gazetteer.get(m.entity);
            if e.kind == Kind::Place && !places.contains(&e.canonical) {
                places.push(e.canonical.clone());
            }
        }
    }
    s.places_mentioned = places;
}

fn in_any_quote(p: &Parser<'_>, r: &Range<usize>) -> bool {
    p.ctx
        .segmented
        .quotes
        .iter()
        .any(|q| q.outer.start <= r.start && r.end <= q.outer.end)
}

/// "Kyiv, Ukraine"; a country stands alone.
fn place_name(
    canonical: &str,
    cc: Option<&str>,
    not_country: bool,
    countries: &HashMap<String, String>,
) -> String {
    match cc.and_then(|c| countries.get(c)) {
        Some(country) if not_country && country != canonical => format!("{canonical}, {country}"),
        _ => canonical.to_owned(),
    }
}

/// The byte range of the sentence around `at` (by the segmenter's sentences).
fn sentence_around(p: &Parser<'_>, at: usize) -> Range<usize> {
    let seg = p.ctx.segmented;
    let i = seg.sentences.partition_point(|s| s.range.end <= at);
    match seg.sentences.get(i) {
        Some(s) if s.range.start <= at => {
            // Widen to the whole paragraph stretch up to the sentence's end when the cue sits
            // in a later sentence of a quote ("…,” he said.) so nothing is missed.
            s.range.clone()
        }
        _ => seg
            .paragraphs
            .iter()
            .find(|r| r.start <= at && at <= r.end)
            .cloned()
            .unwrap_or(at..at),
    }
}

/// The article's dateline: a short leading place ("WASHINGTON (AP) —", "Washington / Moscow -",
/// "LONDON, May 19 (Reuters) -"). With several places, the one in the speaker's country.
fn dateline(p: &Parser<'_>, countries: &HashMap<String, String>, s: &Statement) -> Option<String> {
    let ctx = p.ctx;
    // The speaker's country: the entity's, else one its own words name ("Russian news
    // agencies", "the Russian presidential office").
    let speaker_cc = s.speaker.as_ref().and_then(|sp| match sp.entity {
        Some(id) => ctx.gazetteer.get(id).country.clone(),
        None => sp
            .name
            .split_whitespace()
            .find_map(|w| ctx.gazetteer.country_code(w))
            .map(str::to_owned),
    });
    for par in ctx.segmented.paragraphs.iter().take(12) {
        let line = &ctx.text[par.clone()];
        let Some(dash) = line
            .find(['—', '–'])
            .or_else(|| line.find(" - "))
            .or_else(|| {
                line.trim_end()
                    .ends_with('-')
                    .then(|| line.trim_end().len() - 1)
            })
        else {
            continue;
        };
        if dash > 60 {
            continue;
        }
        let head = par.start..par.start + dash;
        let lo = ctx.mentions.partition_point(|m| m.range.start < head.start);
        let places: Vec<_> = ctx.mentions[lo..]
            .iter()
            .take_while(|m| m.range.end <= head.end)
            .filter(|m| ctx.gazetteer.get(m.entity).kind == Kind::Place)
            .collect();
        // Everything before the dash must be places, separators, a date or an agency.
        let rest: String = ctx.text[head.clone()]
            .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '(' | ')' | '.'))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if places.is_empty() || rest.split(' ').count() > 8 {
            continue;
        }
        // A speaker from another country was most likely not at the dateline.
        let pick = match &speaker_cc {
            Some(_) => places
                .iter()
                .find(|m| ctx.gazetteer.get(m.entity).country == speaker_cc)?,
            None => &places[0],
        };
        let e = ctx.gazetteer.get(pick.entity);
        return Some(place_name(
            &e.canonical,
            e.country.as_deref(),
            e.demonyms.is_empty(),
            countries,
        ));
    }
    None
}
