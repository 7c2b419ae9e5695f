//! End-to-end tests of the pipeline: the seed articles, determinism and bad input.

mod batch;
mod seeds;
mod where_when;
