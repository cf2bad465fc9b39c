//! tahqiq: read news articles side by side, right-to-left scripts first, and turn their
//! statements and figures into annotated, linked claims.
//!
//! The core is pure and knows nothing of the terminal:
//! - [`text`]: right-to-left layout — bidi, Arabic shaping, line breaking, the cell map;
//! - [`corpus`]: reading article files and their encodings.
//!
//! The command line lives in [`cli`].

pub mod cli;
pub mod corpus;
pub mod text;
