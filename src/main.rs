//! The `tahqiq` binary: parses the command line and hands over to the library.

use clap::Parser;
use tahqiq::cli::{Cli, Command};

fn main() -> color_eyre::Result<()> {
    color_eyre::install()?;
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Layout(args)) => std::process::exit(tahqiq::cli::layout::run(args)),
        None => {
            eprintln!("tahqiq: the workbench is not built yet; try `tahqiq layout FILE`");
            std::process::exit(2);
        }
    }
}
