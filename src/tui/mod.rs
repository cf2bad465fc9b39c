//! The terminal layer: the only code that knows ratatui and crossterm.
//!
//! It sets the terminal up (alternate screen, raw mode, mouse, and BiDi-aware terminals put in
//! explicit mode so they do not reorder what tahqiq already reordered), turns terminal events
//! into [`Key`]s for the [`App`], and draws. [`render_screen`] draws into a `TestBackend`
//! instead, for snapshots and `tahqiq render`.

mod conflicts;
mod draw;
mod list;
mod overlays;
mod pickers;
mod review;
mod signals;
mod status;
pub mod text;
pub mod theme;

use std::io::{self, Write};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode as CtKey, KeyEventKind,
    KeyModifiers, MouseEventKind,
};
use crossterm::execute;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui_textarea::{CursorMove, TextArea};

use crate::app::config::BidiMode;
use crate::app::loading::Feed;
use crate::app::{App, Key, KeyCode, Mode};
use crate::corpus::LoadEvent;
use theme::Theme;

/// BDSM reset (explicit BiDi mode) and SCP left-to-right: BiDi-aware terminals (VTE, Konsole,
/// mlterm) then draw cells in the order sent, as the terminal-wg "BiDi in Terminal Emulators"
/// recommendation describes. Others ignore both.
const BIDI_EXPLICIT: &str = "\x1b[8l\x1b[1 k";
/// Back to the terminal's implicit BiDi mode and default paragraph direction.
const BIDI_IMPLICIT: &str = "\x1b[8h\x1b[0 k";

fn leave_modes(bidi: BidiMode) {
    let mut out = io::stdout();
    if bidi == BidiMode::App {
        let _ = out.write_all(BIDI_IMPLICIT.as_bytes());
    }
    let _ = execute!(out, DisableMouseCapture);
    let _ = out.flush();
}

/// Maps a crossterm key event to the application's key.
pub fn map_key(code: CtKey, modifiers: KeyModifiers) -> Option<Key> {
    let code = match code {
        CtKey::Char(c) => KeyCode::Char(c),
        CtKey::Enter => KeyCode::Enter,
        CtKey::Esc => KeyCode::Esc,
        CtKey::Tab => KeyCode::Tab,
        CtKey::BackTab => KeyCode::BackTab,
        CtKey::Backspace => KeyCode::Backspace,
        CtKey::Delete => KeyCode::Delete,
        CtKey::Up => KeyCode::Up,
        CtKey::Down => KeyCode::Down,
        CtKey::Left => KeyCode::Left,
        CtKey::Right => KeyCode::Right,
        CtKey::PageUp => KeyCode::PageUp,
        CtKey::PageDown => KeyCode::PageDown,
        CtKey::Home => KeyCode::Home,
        CtKey::End => KeyCode::End,
        CtKey::F(n) => KeyCode::F(n),
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: modifiers.contains(KeyModifiers::CONTROL),
        alt: modifiers.contains(KeyModifiers::ALT),
    })
}

/// Longest time spent taking articles from the loader before the screen is drawn again.
const LOAD_SLICE: Duration = Duration::from_millis(12);

/// What [`drain`] left of the loader's work.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Drained {
    /// Everything taken, and the loader has hung up.
    Finished,
    /// Everything ready taken; the loader is still reading.
    Waiting,
    /// The slice ran out with more ready.
    More,
}

/// Takes what the loader has ready, for at most [`LOAD_SLICE`].
fn drain(app: &mut App, loader: &Receiver<Feed>) -> Drained {
    let start = Instant::now();
    while start.elapsed() < LOAD_SLICE {
        match loader.try_recv() {
            Ok(feed) => app.feed(feed),
            Err(TryRecvError::Empty) => return Drained::Waiting,
            Err(TryRecvError::Disconnected) => {
                if app.loading.is_some() {
                    app.receive(LoadEvent::Done);
                }
                return Drained::Finished;
            }
        }
    }
    Drained::More
}

/// The note editor for the claim whose note is being written, holding its note so far
/// (control characters shown as symbols, never sent to the terminal).
fn note_editor(app: &App) -> Option<TextArea<'static>> {
    let Mode::Note { claim } = app.mode else {
        return None;
    };
    let note = app
        .session
        .project
        .claim(claim)
        .map_or("", |c| c.note.as_str());
    let lines: Vec<String> = note
        .split('\n')
        .map(crate::text::sanitize::display_text)
        .collect();
    let mut editor = TextArea::new(lines);
    editor.set_cursor_line_style(ratatui::style::Style::default());
    editor.move_cursor(CursorMove::Bottom);
    editor.move_cursor(CursorMove::End);
    Some(editor)
}

/// Gives a key to the note editor: Esc keeps the note, Ctrl-c discards the edit, anything
/// else edits.
fn note_key(app: &mut App, editor: &mut TextArea<'static>, key: event::KeyEvent) {
    match key.code {
        CtKey::Esc => app.finish_note(Some(editor.lines().join("\n"))),
        CtKey::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
            app.finish_note(None);
        }
        _ => {
            editor.input(key);
        }
    }
    app.prepare();
}

/// How long the loop waits for an event when idle: autosave is checked this often.
const IDLE_WAIT: Duration = Duration::from_millis(250);

/// Runs the workbench in the terminal until the user quits. Articles still loading arrive
/// through `loader` while the workbench already answers keys.
pub fn run(mut app: App, loader: Option<Receiver<Feed>>) -> color_eyre::Result<()> {
    let mut loader = loader;
    let (theme, problems) = Theme::load(&app.settings.theme, theme::no_color_requested());
    for problem in problems {
        app.say(problem);
    }
    let bidi = app.settings.bidi;
    let mut terminal = ratatui::init();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave_modes(bidi);
        previous(info);
    }));
    let endings = signals::Endings::listen();
    // Kept outside the loop so that a note being written outlives whatever ends it.
    let mut editor: Option<TextArea<'static>> = None;
    let result = (|| -> color_eyre::Result<()> {
        execute!(io::stdout(), EnableMouseCapture)?;
        if bidi == BidiMode::App {
            io::stdout().write_all(BIDI_EXPLICIT.as_bytes())?;
        }
        terminal.clear()?;
        let size = terminal.size()?;
        app.resize(size.width, size.height);
        while !app.quit && !endings.ended() {
            match (&app.mode, &editor) {
                (Mode::Note { .. }, None) => editor = note_editor(&app),
                (Mode::Note { .. }, Some(_)) => {}
                (_, Some(_)) => editor = None,
                _ => {}
            }
            terminal.draw(|frame| draw::draw(frame, &app, &theme, editor.as_ref()))?;
            let wait = match loader.as_ref().map(|receiver| drain(&mut app, receiver)) {
                // More articles ready: only look for a key before the next slice, so that the
                // loading goes at the loader's pace (waiting here each time held it to a
                // quarter of that).
                Some(Drained::More) => Duration::ZERO,
                // Loading: wake up often to take articles in between keys.
                Some(Drained::Waiting) => Duration::from_millis(30),
                // Done: drawn again at once, to show it.
                Some(Drained::Finished) => {
                    loader = None;
                    Duration::ZERO
                }
                None => IDLE_WAIT,
            };
            app.tick(Instant::now());
            if !event::poll(wait)? {
                continue;
            }
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let (Mode::Note { .. }, Some(editor)) = (&app.mode, editor.as_mut()) {
                        note_key(&mut app, editor, key);
                    } else if let Some(key) = map_key(key.code, key.modifiers) {
                        app.handle_key(key);
                    }
                }
                Event::Mouse(mouse) => match mouse.kind {
                    MouseEventKind::ScrollDown => app.wheel(mouse.column, mouse.row, true),
                    MouseEventKind::ScrollUp => app.wheel(mouse.column, mouse.row, false),
                    _ => {}
                },
                Event::Resize(width, height) => app.resize(width, height),
                _ => {}
            }
        }
        Ok(())
    })();
    // Whatever ended the session, a note being written is kept as Escape keeps it, and unsaved
    // work is written before leaving.
    if let (Mode::Note { .. }, Some(editor)) = (&app.mode, &editor) {
        app.finish_note(Some(editor.lines().join("\n")));
    }
    app.save_now();
    if endings.hung_up() {
        // The terminal is gone: nothing to restore there, and no one to tell.
        return Ok(());
    }
    leave_modes(bidi);
    ratatui::restore();
    for message in app
        .messages
        .iter()
        .filter(|m| m.starts_with("could not save"))
    {
        eprintln!("tahqiq: {message}");
    }
    result
}

/// Draws the screen a `width` × `height` terminal would show, as text: one row a line, trailing
/// blanks trimmed. Colours are those of `NO_COLOR` (text only is returned anyway).
pub fn render_screen(app: &mut App, width: u16, height: u16) -> String {
    buffer_text(&render_buffer(app, width, height))
}

/// Draws the screen into a buffer, with the attribute-only theme of `NO_COLOR`: the first
/// frame of a new [`MemoryScreen`].
pub fn render_buffer(app: &mut App, width: u16, height: u16) -> Buffer {
    MemoryScreen::new(app, width, height).draw(app).clone()
}

/// A screen in memory drawn frame after frame as the workbench draws its terminal: ratatui
/// keeps the frame before, every frame is drawn whole and compared with it, and only the cells
/// that changed reach the backend. What a frame costs the workbench, for benchmarks; the
/// attribute-only theme of `NO_COLOR`.
pub struct MemoryScreen {
    terminal: Terminal<TestBackend>,
    theme: Theme,
}

impl MemoryScreen {
    /// A `width` × `height` screen, with `app` sized to it.
    pub fn new(app: &mut App, width: u16, height: u16) -> Self {
        app.resize(width, height);
        // Drawing into memory cannot fail: the test backend's error type has no values.
        let Ok(terminal) = Terminal::new(TestBackend::new(width, height));
        let (theme, _) = Theme::load(&app.settings.theme, true);
        Self { terminal, theme }
    }

    /// Draws `app`'s next frame and returns the screen as the backend now holds it.
    pub fn draw(&mut self, app: &App) -> &Buffer {
        let editor = note_editor(app);
        let theme = &self.theme;
        let Ok(_) = self
            .terminal
            .draw(|frame| draw::draw(frame, app, theme, editor.as_ref()));
        self.terminal.backend().buffer()
    }
}

/// The screen as text with, under each row that has any, a row marking the highlighted cells
/// of the reading panes: `q` a statement, `s` a speaker or cue, `n` a number, `*` the current
/// item or a search match. Drawn with the `NO_COLOR` theme, where each role has its own
/// attributes (a headline's bold does not change what a cell is marked).
pub fn render_marked(app: &mut App, width: u16, height: u16) -> String {
    use ratatui::style::Modifier;
    let buf = render_buffer(app, width, height);
    let text_areas: Vec<_> = app.geometry.panes.iter().map(|a| a.text()).collect();
    let mut out = String::new();
    for (y, row) in buffer_text(&buf).lines().enumerate() {
        out.push_str(row);
        out.push('\n');
        let y = y as u16;
        let mut marks = String::new();
        for (x, cell) in shown_cells(&buf, y) {
            let m = cell.modifier;
            let has = |flags: Modifier| m.contains(flags);
            let mark = if !text_areas.iter().any(|a| a.contains(x, y)) {
                ' '
            } else if has(Modifier::REVERSED) {
                '*'
            } else if has(Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED) {
                's'
            } else if has(Modifier::BOLD | Modifier::ITALIC) {
                'n'
            } else if has(Modifier::UNDERLINED) {
                'q'
            } else {
                ' '
            };
            marks.push(mark);
        }
        let marks = marks.trim_end();
        if !marks.is_empty() {
            out.push_str(marks);
            out.push('\n');
        }
    }
    out
}

/// The text of a buffer, skipping the cells hidden behind wide characters.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let row: String = shown_cells(buf, y).map(|(_, cell)| cell.symbol()).collect();
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// The cells row `y` shows, with their columns: a cell hidden behind a wide character before
/// it is left out.
fn shown_cells(buf: &Buffer, y: u16) -> impl Iterator<Item = (u16, &ratatui::buffer::Cell)> {
    let mut skip = 0;
    (0..buf.area.width).filter_map(move |x| {
        let cell = &buf[(x, y)];
        if skip > 0 {
            skip -= 1;
            return None;
        }
        skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        Some((x, cell))
    })
}
