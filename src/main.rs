//! The `tahqiq` binary: parses the command line and hands over to the library.

use clap::Parser;
use tahqiq::cli::{Cli, Command, bundle, clusters, extract, layout, open, project, render};

/// mimalloc rather than the system allocator: layout and extraction make many small, short-lived
/// allocations on both cores, and it serves them faster (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

fn main() -> color_eyre::Result<()> {
    color_eyre::install()?;
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Layout(args)) => std::process::exit(layout::run(args)),
        Some(Command::Render(args)) => std::process::exit(render::run(args)),
        Some(Command::Extract(args)) => std::process::exit(extract::run(args)),
        Some(Command::Clusters(args)) => std::process::exit(clusters::run(args)),
        Some(Command::Export(args)) => std::process::exit(bundle::export(args)),
        Some(Command::Import(args)) => std::process::exit(bundle::import(args)),
        Some(Command::Merge(args)) => std::process::exit(bundle::merge(args)),
        None => {
            let (settings, messages) = open::settings(&cli.open, true);
            let session = match project::open(&cli.open) {
                Ok(session) => session,
                Err(status) => std::process::exit(status),
            };
            let project = Some(&session.project);
            let (mut app, loader) = open::start(&cli.open, settings, messages, project);
            app.attach(session);
            tahqiq::tui::run(app, loader)
        }
    }
}
