//! Deciding which lines are not article text.
//!
//! Every rule looks at what a line is (its vocabulary, its shape, its neighbours), never at a
//! list of known lines. Rules that could hit real reporting are guarded: a line carrying
//! quotation marks is never dropped as a prompt, a caption label or a repetition.

use std::collections::HashMap;

use crate::DropReason;
use crate::counts::{FnvBuild, LineCounts, line_key};
use crate::lang::{Target, is_english_function_word};

/// What the rules need to know about one non-blank line.
pub(crate) struct Line<'a> {
    /// The normalised text.
    text: &'a str,
    /// The original text, as `LineCounts` saw it.
    original: &'a str,
    /// Number of whitespace-separated words.
    words: usize,
    /// Lowercase alphanumeric tokens of the first 2,000 bytes (`lang::sample`), split at
    /// glued words ("inPlease" gives "in", "please").
    tokens: Vec<&'a str>,
    /// Carries a quotation mark (not an apostrophe).
    quoted: bool,
    /// Ends like a sentence or a lead-in (. ! ? : …), ignoring closing quotes and brackets.
    terminal: bool,
}

impl<'a> Line<'a> {
    /// The line `text`, normalised from `original`, with its [`Tokens`] (of its sample).
    pub(crate) fn new(text: &'a str, original: &'a str, tokens: &'a Tokens) -> Line<'a> {
        Line {
            text,
            original,
            words: word_count(text),
            tokens: tokens.words(),
            quoted: has_quote_mark(text),
            terminal: ends_terminal(text),
        }
    }
}

/// The number of words of `text`, as `text.split_whitespace().count()` would count them.
fn word_count(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        let space = if c.is_ascii() {
            matches!(c, ' ' | '\t'..='\r')
        } else {
            c.is_whitespace()
        };
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words
}

/// The verdict on each line, in order.
pub(crate) fn classify(
    lines: &[Line<'_>],
    language: Option<Target>,
    corpus: Option<&LineCounts>,
) -> Vec<Option<DropReason>> {
    let mut verdicts = Vec::with_capacity(lines.len());
    // Lines that fell only to the short-line rule may be relabelled as foreign below.
    let mut short = vec![false; lines.len()];
    let mut title: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        let verdict = first_pass(line, language, title.is_none());
        short[i] = verdict == Some(DropReason::Furniture) && is_short(line);
        if verdict.is_none() && title.is_none() {
            title = Some(i);
        }
        verdicts.push(verdict);
    }
    let is_title = |i: usize| title == Some(i) && lines[i].words >= 4;

    // Labels beside a credited caption, and lines repeating part of one.
    let credited: Vec<bool> = lines
        .iter()
        .zip(&verdicts)
        .map(|(l, v)| *v == Some(DropReason::Caption) && has_credit(l))
        .collect();
    for i in 0..lines.len() {
        if verdicts[i].is_some() || is_title(i) {
            continue;
        }
        let line = &lines[i];
        let beside = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter(|&j| credited.get(j).copied().unwrap_or(false));
        for j in beside {
            let caption = lines[j].text;
            if (!line.quoted && caption.starts_with(line.text)) || is_label(line) {
                verdicts[i] = Some(DropReason::Caption);
            }
        }
    }

    // Short or undecided foreign-looking lines inside a run of foreign lines.
    if let Some(target) = language {
        let foreign = |v: &[Option<DropReason>], j: Option<usize>| match j {
            Some(j) => v
                .get(j)
                .is_none_or(|v| *v == Some(DropReason::ForeignLanguage)),
            None => true,
        };
        for _ in 0..2 {
            for i in 0..lines.len() {
                let line = &lines[i];
                let open = verdicts[i].is_none() || short[i];
                if !open || line.quoted || is_title(i) {
                    continue;
                }
                let (prev, next) = (i.checked_sub(1), Some(i + 1));
                let inside = foreign(&verdicts, prev) && foreign(&verdicts, next);
                let one_side = [prev, next]
                    .into_iter()
                    .flatten()
                    .any(|j| j < lines.len() && verdicts[j] == Some(DropReason::ForeignLanguage));
                if inside
                    && one_side
                    && (line.words < 4 || target.leans_foreign(line.text, &line.tokens))
                {
                    verdicts[i] = Some(DropReason::ForeignLanguage);
                    short[i] = false;
                }
            }
        }
    }

    // Repetition inside the page and across the corpus.
    let mut seen: HashMap<u64, usize, FnvBuild> = HashMap::default();
    for (i, line) in lines.iter().enumerate() {
        let key = line_key(line.original);
        let repeated = key.is_some_and(|k| *seen.entry(k).or_insert(i) != i);
        if verdicts[i].is_some() || line.quoted || is_title(i) {
            continue;
        }
        if repeated {
            verdicts[i] = Some(DropReason::Repeated);
        } else if let Some(corpus) = corpus {
            if !has_reporting_verb(&line.tokens) {
                let documents = key.map_or(0, |k| corpus.documents_with_key(k));
                if documents >= 3 || (documents >= 2 && prompt_score(line).score >= 2) {
                    verdicts[i] = Some(DropReason::Repeated);
                }
            }
        }
    }
    verdicts
}

/// The rules that need only the line itself.
fn first_pass(line: &Line<'_>, language: Option<Target>, first: bool) -> Option<DropReason> {
    use DropReason::*;
    if !line.text.chars().any(char::is_alphanumeric) {
        return Some(Furniture);
    }
    if is_reading_time(line) {
        return Some(ReadingTime);
    }
    if is_image_label(line) || (!line.quoted && has_credit(line)) {
        return Some(Caption);
    }
    if is_dateline(line) {
        return None;
    }
    if !line.quoted && is_prompt(line) {
        return Some(Prompt);
    }
    if language.is_some_and(|t| t.is_foreign(line.text, &line.tokens)) {
        return Some(ForeignLanguage);
    }
    if is_byline(line) || is_meta_label(line) {
        return Some(Furniture);
    }
    let may_be_title = first && line.words >= 4;
    if !may_be_title && is_name_line(line) {
        return Some(Furniture);
    }
    if !may_be_title && is_caption_sentence(line) {
        return Some(Caption);
    }
    if is_short(line) {
        return Some(Furniture);
    }
    None
}

fn is_short(line: &Line<'_>) -> bool {
    line.words <= 3 && !line.terminal && !line.quoted
}

/// "WASHINGTON (AP) —", "Washington / Moscow -": a short line ending in a dash.
fn is_dateline(line: &Line<'_>) -> bool {
    line.words <= 8 && !line.quoted && line.text.trim_end().ends_with(['-', '—', '–'])
}

/// "3 min", "5 min read", "4 minutes", "Reading time: 2 mins".
fn is_reading_time(line: &Line<'_>) -> bool {
    let t = match line.tokens.as_slice() {
        ["reading", "time", rest @ ..] => rest,
        all => all,
    };
    let t = match t {
        [rest @ .., "read"] => rest,
        all => all,
    };
    matches!(t, [n, "min" | "mins" | "minute" | "minutes"]
        if n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// "Supporting image for story: …", "Photo: …", "Caption: …".
fn is_image_label(line: &Line<'_>) -> bool {
    let Some((label, _)) = line.text.split_once(':') else {
        return false;
    };
    let label = Tokens::of(label);
    let label = label.words();
    label.len() <= 5
        && label.iter().any(|w| {
            matches!(
                *w,
                "image" | "photo" | "photograph" | "picture" | "caption" | "credit" | "gallery"
            )
        })
}

/// A line ending in a parenthesised photo credit: "(Alex Brandon/AP)", "(EFE)",
/// "(Vyacheslav Prokofyev, Sputnik, Kremlin Pool Photo via AP)".
fn has_credit(line: &Line<'_>) -> bool {
    let Some(body) = line.text.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let (caption, credit) = (&body[..open], &body[open + 1..]);
    let credit_words = credit.split_whitespace().count();
    if !(1..=10).contains(&credit_words)
        || caption.split_whitespace().count() < 3
        || credit.contains([':', ';'])
        || has_reporting_verb(&line.tokens)
    {
        return false;
    }
    // "Alex Brandon/AP", "FABRICE COFFRINI/AFP/Getty Images": the part after the last slash
    // names an agency.
    let agency = credit.contains('/')
        && credit.rsplit('/').next().is_some_and(|last| {
            let last = last.trim().trim_end_matches('.');
            (2..=6).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_uppercase())
        });
    agency
        || Tokens::of(credit).words().iter().any(|w| {
            matches!(
                *w,
                "ap" | "afp"
                    | "efe"
                    | "reuters"
                    | "epa"
                    | "getty"
                    | "pool"
                    | "photo"
                    | "xinhua"
                    | "tass"
                    | "ansa"
                    | "dpa"
                    | "upi"
                    | "shutterstock"
                    | "handout"
                    | "courtesy"
            )
        })
}

/// A short verbless label, such as the alt text shown beside a caption
/// ("Vladimir Putin speaking to journalists").
fn is_label(line: &Line<'_>) -> bool {
    (2..=14).contains(&line.words)
        && !line.terminal
        && !line.quoted
        && !line.tokens.iter().any(|w| is_finite_verb(w))
}

/// Caption grammar: a name, then "during", "at", "speaking", "arrives"…, and no finite verb of
/// reported speech: "Donald Trump during the visit of Giorgia Meloni to the White House".
fn is_caption_sentence(line: &Line<'_>) -> bool {
    if line.quoted || line.words > 30 {
        return false;
    }
    let words: Vec<&str> = line.text.split_whitespace().collect();
    let name_len = words
        .iter()
        .take_while(|w| is_capitalised(w) && !is_english_function_word(&w.to_lowercase()))
        .count();
    if name_len == 0 || name_len > 6 {
        return false;
    }
    let rest: Vec<String> = words[name_len..]
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let keyword = match rest.as_slice() {
        [a, b, c, ..] if a == "in" && b == "front" && c == "of" => 3,
        [a, b, ..]
            if matches!(a.as_str(), "speaks" | "arrives" | "gestures") && is_preposition(b) =>
        {
            1
        }
        [a, ..] if is_caption_word(a) => 1,
        _ => return false,
    };
    let one_sentence = !line.text.trim_end_matches('.').contains(". ")
        && !line.text.contains([':', ';', '!', '?']);
    // A capitalised "At", "For", "The" after the name marks a Title Case headline.
    let after = &words[name_len + 1..];
    let title_case = after.iter().all(|w| is_capitalised(w))
        || after
            .iter()
            .any(|w| is_capitalised(w) && is_english_function_word(&w.to_lowercase()));
    one_sentence && !title_case && !rest[keyword..].iter().any(|w| is_finite_verb(w))
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "to" | "at"
            | "during"
            | "for"
            | "in"
            | "with"
            | "on"
            | "after"
            | "before"
            | "outside"
            | "inside"
            | "from"
            | "near"
    )
}

fn is_caption_word(w: &str) -> bool {
    matches!(
        w,
        "during"
            | "at"
            | "speaking"
            | "arriving"
            | "attending"
            | "gesturing"
            | "waving"
            | "listening"
            | "walking"
            | "delivering"
            | "posing"
            | "smiling"
            | "pictured"
            | "holding"
            | "leaving"
            | "addressing"
    )
}

/// "By contributor Josh Boak and Zeke Miller, Associated Press", "Reporting by …".
fn is_byline(line: &Line<'_>) -> bool {
    if line.quoted || line.terminal || line.words > 15 {
        return false;
    }
    let t = &line.tokens;
    let starts_by = line.text.starts_with("By ") || line.text.starts_with("BY ");
    let credit = matches!(
        t.as_slice(),
        ["reporting" | "editing" | "written", "by", ..]
    ) || matches!(t.as_slice(), ["additional", "reporting", "by", ..]);
    starts_by || credit
}

/// "Published", "Last updated 19 May 2025", "Updated: 10:42 BST".
fn is_meta_label(line: &Line<'_>) -> bool {
    let first = match *line.tokens.as_slice() {
        ["last", b, ..] => b,
        [a, ..] => a,
        [] => return false,
    };
    matches!(first, "published" | "updated" | "posted" | "modified")
        && line.words <= 8
        && !line.quoted
        && !line.text.ends_with('.')
}

/// A line of only capitalised name words: "Macarena Vidal Liy Javier G Cuesta".
fn is_name_line(line: &Line<'_>) -> bool {
    if !(2..=8).contains(&line.words) || line.quoted || line.terminal {
        return false;
    }
    let mut names = 0;
    for word in line.text.split_whitespace() {
        let word = word.trim_end_matches(',');
        let lower = word.to_lowercase();
        if matches!(
            lower.as_str(),
            "and" | "&" | "de" | "del" | "la" | "van" | "von" | "der" | "da" | "di" | "y" | "al"
        ) {
            continue;
        }
        let mixed_case = word.chars().any(char::is_lowercase) || word.chars().count() == 1;
        let name_like = is_capitalised(word)
            && mixed_case
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '’'));
        if !name_like || is_english_function_word(&lower) || is_finite_verb(&lower) {
            return false;
        }
        names += 1;
    }
    names >= 2
}

/// How much a line reads like web UI: sign up, log in, newsletter, browser, readers…
pub(crate) struct PromptScore {
    pub(crate) score: usize,
    strong: bool,
    addressed: bool,
}

fn prompt_score(line: &Line<'_>) -> PromptScore {
    let t = &line.tokens;
    let mut result = PromptScore {
        score: 0,
        strong: false,
        addressed: false,
    };
    for (i, w) in t.iter().enumerate() {
        let next = t.get(i + 1).copied().unwrap_or("");
        let weight = match (*w, next) {
            ("sign" | "log" | "logged", "up" | "in" | "out") => 2,
            ("privacy", "notice" | "policy") | ("emailed", _) => 2,
            (
                "subscribe" | "subscribed" | "subscriber" | "subscribers" | "subscription"
                | "subscriptions" | "unsubscribe" | "newsletter" | "newsletters" | "login"
                | "logout" | "refresh" | "browser" | "notifications" | "notification" | "cookies"
                | "cookie" | "click" | "paywall" | "premium" | "password",
                _,
            ) => 2,
            (
                "account" | "accounts" | "readers" | "replies" | "reply" | "comment" | "comments"
                | "commenting" | "conversations" | "page" | "site" | "website" | "email"
                | "updates" | "offers" | "events" | "follow" | "register" | "registered" | "free"
                | "access" | "preferences" | "manage" | "managed" | "navigate" | "device" | "app"
                | "download" | "share" | "tap" | "join" | "terms" | "trial" | "unlimited"
                | "settings" | "enable" | "advertisement" | "ads",
                _,
            ) => 1,
            _ => 0,
        };
        result.score += weight;
        result.strong |= weight == 2;
        result.addressed |= matches!(*w, "you" | "your" | "our" | "please");
    }
    // Addressing the reader is evidence once, however often it happens.
    result.score += usize::from(result.addressed);
    if let Some(first) = t.first() {
        result.addressed |= matches!(
            *first,
            "sign"
                | "join"
                | "subscribe"
                | "click"
                | "read"
                | "follow"
                | "register"
                | "log"
                | "download"
                | "tap"
                | "create"
                | "enter"
                | "continue"
                | "try"
                | "get"
        );
    }
    result
}

/// Subscription, login, notification, newsletter and comment prompts.
fn is_prompt(line: &Line<'_>) -> bool {
    let p = prompt_score(line);
    let dense = p.score >= 4 && p.score * 5 >= line.tokens.len();
    let reported = has_reporting_verb(&line.tokens) && !p.addressed;
    dense && (p.strong || p.addressed) && !reported
}

fn has_reporting_verb(tokens: &[&str]) -> bool {
    tokens.iter().any(|w| {
        matches!(
            *w,
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "according"
                | "added"
                | "stated"
                | "asserted"
                | "claimed"
                | "wrote"
                | "announced"
                | "insisted"
                | "noted"
                | "urged"
                | "warned"
                | "argued"
                | "explained"
                | "declared"
                | "confirmed"
                | "denied"
                | "reported"
        )
    })
}

fn is_finite_verb(w: &str) -> bool {
    let irregular = matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "do"
            | "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "went"
            | "came"
            | "made"
            | "took"
            | "gave"
            | "spoke"
            | "wrote"
            | "met"
            | "got"
            | "saw"
            | "left"
            | "began"
            | "won"
            | "lost"
            | "sent"
            | "held"
            | "thinks"
            | "wants"
    );
    irregular || (w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase))
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `s` carries a quotation mark. Apostrophes between letters ("Trump’s") do not count.
pub(crate) fn has_quote_mark(s: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let quote = match c {
            '“' | '”' | '„' | '‟' | '"' | '«' | '»' | '‘' | '‚' | '‹' | '›' => {
                true
            }
            '’' | '\'' => {
                let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                // An apostrophe sits between letters, or ends a plural possessive ("leaders’ ").
                let inside_word = letter(prev) && letter(next);
                let plural_possessive = prev == Some('s') && next != Some('.');
                !(inside_word || plural_possessive)
            }
            _ => false,
        };
        if quote {
            return true;
        }
        prev = Some(c);
    }
    false
}

fn ends_terminal(s: &str) -> bool {
    s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»')
    })
    .ends_with(['.', '!', '?', ':', '…'])
}

/// Lowercase alphanumeric tokens, split at glued words ("inPlease"), kept in one string.
pub(crate) struct Tokens {
    /// The tokens, one after the other.
    text: String,
    /// Where each token ends in `text`.
    ends: Vec<usize>,
}

impl Tokens {
    /// The tokens of `s`.
    pub(crate) fn of(s: &str) -> Tokens {
        let mut tokens = Tokens {
            text: String::with_capacity(s.len()),
            ends: Vec::new(),
        };
        let mut in_token = false;
        // Whether the last character of the current token is lowercase.
        let mut prev_lower = false;
        for c in s.chars() {
            let (alphanumeric, upper, lower) = if c.is_ascii() {
                let b = c as u8;
                (
                    b.is_ascii_alphanumeric(),
                    b.is_ascii_uppercase(),
                    b.is_ascii_lowercase(),
                )
            } else {
                (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase())
            };
            if alphanumeric {
                if prev_lower && upper {
                    tokens.ends.push(tokens.text.len());
                }
                in_token = true;
                if c.is_ascii() {
                    tokens.text.push(c.to_ascii_lowercase());
                } else {
                    tokens.text.extend(c.to_lowercase());
                }
                prev_lower = lower;
            } else {
                if in_token {
                    tokens.ends.push(tokens.text.len());
                }
                in_token = false;
                prev_lower = false;
            }
        }
        if in_token {
            tokens.ends.push(tokens.text.len());
        }
        tokens
    }

    /// The tokens in order.
    pub(crate) fn words(&self) -> Vec<&str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.text[start..end])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer written plainly, character by character: what [`Tokens`] must give.
    fn tokens_plainly(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut current = String::new();
        let mut prev_lower = false;
        for c in s.chars() {
            if c.is_alphanumeric() {
                if prev_lower && c.is_uppercase() && !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                current.extend(c.to_lowercase());
                prev_lower = c.is_lowercase();
            } else {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                prev_lower = false;
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        out
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "tab\tand\u{b}vertical\u{c}feed\r\n",
            "no\u{a0}break\u{2003}em\u{3000}ideographic\u{85}next\u{1c}sep",
            "Ürün İstanbul’da 東京 ",
        ] {
            assert_eq!(
                word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn tokens_agree_with_the_plain_tokenizer() {
        let long = "Sign up for our newsletterPlease try again. ".repeat(500);
        for text in [
            "",
            " ",
            "inPlease read: Subscribe NOW to our newsletter!",
            "Ürün İstanbul’da ΣΟΦΙΑ Straße ǅemal ﬁnance x²³ ٣٤ 東京Tower",
            "McDonald's iPhone eBay 3D 10am PDFs ABCdef abcDEF aB1cD 9Z zZ",
            "Él dijo que «no» — Sie sagte, dass es nicht geht.",
            "\u{0}\u{7f}tab\there\u{a0}nbsp",
            &long,
        ] {
            assert_eq!(Tokens::of(text).words(), tokens_plainly(text), "{text:?}");
        }
    }
}
