//! Integration tests: one binary, a module per area.

mod clusters_cli;
mod conformance;
mod docs;
mod export;
mod extract_cli;
mod fribidi;
mod gold;
mod layout_cli;
mod layout_props;
mod project;
mod scale;
mod screens;
mod support;
mod tmux;
