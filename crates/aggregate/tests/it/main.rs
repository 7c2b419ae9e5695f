//! Integration tests of `whosaid-aggregate`: the CSV files, the counts and the report.

mod aggregate;
mod csv;
mod fixture;
mod report;
