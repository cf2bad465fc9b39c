//! The command line: one table of flags and subcommands (clap), and the subcommands that do
//! not open the workbench.

pub mod bundle;
pub mod clusters;
pub mod extract;
pub mod layout;
pub mod open;
pub mod project;
pub mod render;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::app::config::PaneOrder;

/// The last line a command over many files prints when some could not be used: the problems
/// scrolled past among the output, so how many there were is said once more (`done` is what
/// happened to the others: `extracted`, `read`).
pub(crate) fn report_left_out(command: &str, done: &str, failed: usize, total: usize) {
    if failed > 0 && total > 1 {
        eprintln!(
            "tahqiq {command}: {failed} of {total} files were not {done} (see above); the \
             other {} were",
            total - failed
        );
    }
}

/// Read news articles side by side — Arabic and other right-to-left scripts first — and turn
/// their statements and figures into annotated, linked claims.
///
/// With no arguments, opens the built-in sample set: five Arabic articles on the 2021 US–Iraq
/// strategic dialogue.
#[derive(Debug, Parser)]
#[command(name = "tahqiq", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(flatten)]
    pub open: OpenArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to open, and how.
#[derive(Debug, Clone, Default, Args)]
pub struct OpenArgs {
    /// Article files and folders to open (folders are searched for .txt and .md files).
    pub paths: Vec<PathBuf>,

    /// The review project to keep claims in (default: tahqiq.ron in the folder opened). With
    /// no paths, opens the articles the project names.
    #[arg(long, value_name = "FILE.ron")]
    pub project: Option<PathBuf>,

    /// Open the project without ever writing it.
    #[arg(long)]
    pub read_only: bool,

    /// Order of the reading panes: `ltr` puts the first article on the left, `rtl` on the right.
    #[arg(long, value_name = "rtl|ltr")]
    pub layout: Option<PaneOrder>,

    /// Settings file to use instead of the platform's config.ron.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a text's visual lines exactly as the workbench draws them, one row per line.
    ///
    /// Plays the part of the `fribidi` command: right-to-left paragraphs in visual order,
    /// Arabic shaped, brackets mirrored, right-to-left lines padded on the left to the width.
    Layout(layout::LayoutArgs),
    /// Print the screen the workbench would show after the given keys, without a terminal.
    ///
    /// Uses the default settings unless --config is given, so the output is the same on every
    /// machine.
    Render(render::RenderArgs),
    /// Print every statement and number of the articles (JSON Lines by default).
    ///
    /// Offsets are Unicode code point offsets into the decoded text, end exclusive. A file that
    /// cannot be read is named on standard error; the others are still extracted, and the exit
    /// status is 1.
    Extract(extract::ExtractArgs),
    /// Print the statements several articles print alike: wire stories carried by several
    /// newspapers, a statement every outlet quoted.
    ///
    /// Statements are compared as link suggestions compare them (the Dice coefficient of their
    /// folded words), and grouped directly or through one another; the groups spanning the most
    /// articles come first. Progress and a summary go to standard error.
    Clusters(clusters::ClustersArgs),
    /// Write the review as a bundle folder other tools open: project.ron, the articles as
    /// UTF-8, claims.jsonl, claims.csv, annotations.jsonld (W3C Web Annotation), brat/ and
    /// report.html/report.md.
    ///
    /// Never writes the project. A folder that is not empty is refused unless --force.
    Export(bundle::ExportArgs),
    /// Read a brat standoff folder (a bundle's brat/, or any .txt files with .ann beside them)
    /// into a project: annotations become claims, relations links, notes notes.
    Import(bundle::ImportArgs),
    /// Merge two reviewers' projects over the same articles and print how far they agree.
    ///
    /// Claims on the same span with the same kind become one; tags are united; differing
    /// statuses and notes are kept as conflicts to resolve in the workbench (!). The report
    /// gives span precision, recall and F1, and Cohen's kappa on status and on each tag.
    Merge(bundle::MergeArgs),
}
