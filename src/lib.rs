//! tahqiq: read news articles side by side, right-to-left scripts first, and turn their
//! statements and figures into annotated, linked claims.
//!
//! The core is pure and knows nothing of the terminal:
//! - [`text`]: right-to-left layout — bidi, Arabic shaping, line breaking, the cell map;
//! - [`corpus`]: reading article files and their encodings, paragraphs, page furniture;
//! - [`project`]: review projects — claims, tags, links — and their file;
//! - [`export`]: bundles for other tools (JSON Lines, CSV, Web Annotation, brat, reports),
//!   brat import, and merging two reviews;
//! - [`app`]: the workbench's state, commands, keys and settings, still without a terminal.
//!
//! Only [`tui`] knows the terminal (ratatui, crossterm). The command line lives in [`cli`]; the
//! allocator of the binary and its benchmarks in [`alloc`].

pub mod alloc;
pub mod app;
pub mod cli;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod project;
pub mod text;
pub mod tui;
