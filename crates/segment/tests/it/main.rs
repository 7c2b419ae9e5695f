//! Integration tests for `whosaid-segment`: one binary, one module per area.
//!
//! Expectations are inline (`expect![[...]]`); refresh them with `UPDATE_EXPECT=1 cargo test`.

mod paragraphs;
mod quotes;
mod robustness;
mod seeds;
mod sentences;
mod turns;

use whosaid_segment::{Segmented, segment};

/// Segments `text`, checks the invariants every result must hold, and returns the result.
fn segment_checked(text: &str) -> Segmented {
    let seg = segment(text);
    assert_invariants(text, &seg);
    seg
}

/// Renders paragraphs one a line, framed with `|` to show the trimming.
fn render_paragraphs(text: &str, seg: &Segmented) -> String {
    seg.paragraphs
        .iter()
        .map(|p| format!("|{}|\n", &text[p.clone()]))
        .collect()
}

/// Renders sentences one a line, prefixed with their paragraph.
fn render_sentences(text: &str, seg: &Segmented) -> String {
    seg.sentences
        .iter()
        .map(|s| format!("p{} {}\n", s.paragraph, &text[s.range.clone()]))
        .collect()
}

/// Renders quotes one a line, e.g. `#1 p0 d1 in #0 ‘…’ «inner words» closed`, then the
/// diagnostics, e.g. `! unclosed quote at 12 “`.
fn render_quotes(text: &str, seg: &Segmented) -> String {
    if seg.quotes.is_empty() && seg.diagnostics.is_empty() {
        return "(no quotes)\n".to_owned();
    }
    let mut out = String::new();
    for (i, q) in seg.quotes.iter().enumerate() {
        let outer = &text[q.outer.clone()];
        let open = outer.chars().next().unwrap_or(' ');
        let close = if q.closed {
            outer.chars().last().unwrap_or(' ')
        } else {
            ' '
        };
        out += &format!("#{i} p{} d{}", q.paragraph, q.depth);
        if let Some(parent) = q.parent {
            out += &format!(" in #{parent}");
        }
        if let Some(c) = q.continues {
            out += &format!(" continues #{c}");
        }
        let state = if q.closed { "closed" } else { "unclosed" };
        out += &format!(" {open}…{close} «{}» {state}\n", &text[q.inner.clone()]);
    }
    for d in &seg.diagnostics {
        out += &format!(
            "! {} at {} {}\n",
            d.message,
            d.at.start,
            &text[d.at.clone()]
        );
    }
    out
}

/// Checks what holds for any input: ranges on char boundaries and nested as documented.
fn assert_invariants(text: &str, seg: &Segmented) {
    let ok = |r: &std::ops::Range<usize>| {
        r.start <= r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
    };
    for w in seg.paragraphs.windows(2) {
        assert!(w[0].end < w[1].start, "paragraphs overlap: {w:?}");
    }
    for p in &seg.paragraphs {
        assert!(ok(p) && !p.is_empty(), "bad paragraph {p:?}");
        assert!(!text[p.clone()].contains('\n'));
    }
    let mut last_end = 0;
    for s in &seg.sentences {
        let p = &seg.paragraphs[s.paragraph];
        assert!(ok(&s.range) && !s.range.is_empty(), "bad sentence {s:?}");
        assert!(
            p.start <= s.range.start && s.range.end <= p.end,
            "sentence outside paragraph"
        );
        assert!(last_end <= s.range.start, "sentences out of order");
        last_end = s.range.end;
    }
    for (i, q) in seg.quotes.iter().enumerate() {
        let p = &seg.paragraphs[q.paragraph];
        assert!(ok(&q.outer) && ok(&q.inner), "bad quote {q:?}");
        assert!(
            p.start <= q.outer.start && q.outer.end <= p.end,
            "quote outside paragraph"
        );
        assert!(q.outer.start < q.inner.start || q.inner.is_empty());
        assert!(
            q.outer.start <= q.inner.start && q.inner.end <= q.outer.end,
            "inner outside outer"
        );
        if i > 0 {
            assert!(
                seg.quotes[i - 1].outer.start < q.outer.start,
                "quotes out of order"
            );
        }
        match q.parent {
            None => assert_eq!(q.depth, 0),
            Some(parent) => {
                assert!(parent < i);
                let parent = &seg.quotes[parent];
                assert_eq!(parent.depth + 1, q.depth);
                assert!(parent.outer.start < q.outer.start && q.outer.end <= parent.outer.end);
            }
        }
        if let Some(c) = q.continues {
            assert!(c < i && seg.quotes[c].paragraph < q.paragraph && !seg.quotes[c].closed);
        }
    }
    for t in &seg.turns {
        let p = &seg.paragraphs[t.paragraph];
        assert!(ok(&t.label) && p.start <= t.label.start && t.label.end < p.end);
        assert!(t.speech.iter().all(|s| ok(s) && t.label.end < s.start));
    }
    for d in &seg.diagnostics {
        assert!(ok(&d.at), "bad diagnostic {d:?}");
    }
}
