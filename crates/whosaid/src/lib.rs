//! The whosaid pipeline as a library: input readers, the stages wired together, and the
//! report writers. `cargo xtask report`, the tests and the benches all call this code.
//!
//! CONTRACT (being implemented): the signatures below are fixed.

pub use whosaid_aggregate::QuoteRecord;
pub use whosaid_entities::Date;

/// One article to analyse.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// File name or JSON Lines id.
    pub id: String,
    /// Where it came from, for messages: a path, or `path:line` for JSON Lines.
    pub origin: String,
    /// Outlet, when known.
    pub outlet: Option<String>,
    /// Publication date, when known.
    pub published: Option<Date>,
    /// ISO 639-1 language code, when known.
    pub language: Option<String>,
    /// The original text.
    pub text: String,
}

/// Everything built once per run and shared by reference across threads.
pub struct Resources {
    _private: (),
}

impl Resources {
    /// The embedded default gazetteer and lexicons.
    pub fn embedded() -> Resources {
        unimplemented!()
    }
}

/// Analyses one document: statements with offsets into `doc.text`, in text order.
pub fn analyze(doc: &Document, resources: &Resources) -> Vec<QuoteRecord> {
    let _ = (doc, resources);
    unimplemented!()
}
