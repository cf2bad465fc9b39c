//! `tahqiq render`: the workbench's screen as text, without a terminal.

use clap::Args;

use crate::app::Key;

use super::OpenArgs;

/// Arguments of `tahqiq render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Screen width in columns.
    #[arg(long, default_value_t = 160)]
    pub width: u16,
    /// Screen height in rows.
    #[arg(long, default_value_t = 45)]
    pub height: u16,
    /// Keys to press first, separated by spaces (`j j Tab / ا Enter`; tmux names work too).
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub keys: String,
    /// Under each row, mark the highlighted cells of the reading panes: q statement, s speaker
    /// or cue, n number, * current item or search match.
    #[arg(long)]
    pub marks: bool,
    #[command(flatten)]
    pub open: OpenArgs,
}

/// Runs `tahqiq render`; returns the process exit status.
pub fn run(args: &RenderArgs) -> i32 {
    let keys = match Key::parse_sequence(&args.keys) {
        Ok(keys) => keys,
        Err(err) => {
            eprintln!("tahqiq render: --keys: {err}");
            return 2;
        }
    };
    let (settings, messages) = super::open::settings(&args.open, false);
    let mut app = super::open::app(&args.open, settings, messages);
    app.resize(args.width, args.height);
    for key in keys {
        app.handle_key(key);
        if app.quit {
            break;
        }
    }
    let screen = if args.marks {
        crate::tui::render_marked(&mut app, args.width, args.height)
    } else {
        crate::tui::render_screen(&mut app, args.width, args.height)
    };
    print!("{screen}");
    0
}
