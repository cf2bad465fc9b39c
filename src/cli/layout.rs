//! `tahqiq layout`: the layout engine on the command line.

use std::io::{self, Read, Write};
use std::path::PathBuf;

use clap::Args;

use crate::corpus::decode;
use crate::text::{BaseDirection, LayoutOptions, layout_paragraph, paragraphs};

/// Arguments of `tahqiq layout`.
#[derive(Debug, Args)]
pub struct LayoutArgs {
    /// Width in terminal columns: lines break at it, and right-to-left lines are padded to it.
    #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(2..))]
    pub width: u16,
    /// Keep every paragraph on one line.
    #[arg(long)]
    pub no_wrap: bool,
    /// Leave Arabic letters unshaped (for terminals that shape by themselves).
    #[arg(long)]
    pub no_shape: bool,
    /// Do not pad right-to-left lines on the left.
    #[arg(long)]
    pub no_pad: bool,
    /// Base direction of every paragraph.
    #[arg(long, default_value = "auto", value_name = "auto|rtl|ltr")]
    pub base: BaseDirection,
    /// The file to lay out; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
}

/// Runs `tahqiq layout`; returns the process exit status.
pub fn run(args: &LayoutArgs) -> i32 {
    let name = match &args.file {
        Some(path) if path.as_os_str() != "-" => path.display().to_string(),
        _ => "standard input".to_owned(),
    };
    let decoded = match &args.file {
        Some(path) if path.as_os_str() != "-" => decode::read_file(path),
        _ => {
            let mut bytes = Vec::new();
            match io::stdin().read_to_end(&mut bytes) {
                Ok(_) => decode::decode(&bytes),
                Err(err) => Err(decode::DecodeError::Io(err)),
            }
        }
    };
    let decoded = match decoded {
        Ok(decoded) => decoded,
        Err(err) => {
            eprintln!("tahqiq layout: {name}: {err}");
            return 2;
        }
    };
    let width = usize::from(args.width);
    let options = LayoutOptions {
        width: (!args.no_wrap).then_some(width),
        shape: !args.no_shape,
        base: args.base,
        reorder: true,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = (|| -> io::Result<()> {
        let mut paragraphs = paragraphs(&decoded.text);
        // A final line break ends the last line; it does not start an empty one.
        if paragraphs.len() > 1 && paragraphs.last().is_some_and(|p| p.text.is_empty()) {
            paragraphs.pop();
        }
        for paragraph in paragraphs {
            let layout = layout_paragraph(paragraph.text, paragraph.start, &options);
            for line in &layout.lines {
                let pad = if args.no_pad || !layout.rtl {
                    0
                } else {
                    width.saturating_sub(line.width)
                };
                writeln!(out, "{:pad$}{}", "", line.text)?;
            }
        }
        out.flush()
    })();
    match written {
        Ok(()) => 0,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(err) => {
            eprintln!("tahqiq layout: cannot write the output: {err}");
            2
        }
    }
}
