//! Drawing a full 240×70 frame with four panes of highlighted Arabic text into ratatui's
//! `TestBackend`. Target: under 2 ms, whatever the corpus size (only what is on screen is laid
//! out). A frame is measured as the workbench draws one: into the terminal it keeps, where every
//! cell is drawn again and compared with the frame before, and the cells that changed are sent
//! to the backend. The first frame into a new terminal, every cell sent and the screen copied
//! out (what `tahqiq render` and the snapshots do), is measured beside it.

#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

use tahqiq::app::{App, Key};
use tahqiq::tui::{MemoryScreen, render_buffer};

fn main() {
    divan::main();
}

/// The sample set in four panes, scrolled a little so every pane shows statements and numbers.
fn four_panes() -> App {
    let mut app = App::new(
        tahqiq::corpus::sample_set(),
        Vec::new(),
        tahqiq::app::config::Settings::default(),
    );
    app.resize(240, 70);
    for key in Key::parse_sequence("+ + ] ]").expect("keys") {
        app.handle_key(key);
    }
    assert_eq!(app.panes.len(), 4);
    app
}

/// The same frame drawn again: every cell drawn and compared, none changed.
#[divan::bench(sample_count = 200)]
fn frame_240x70_four_panes(bencher: divan::Bencher) {
    let mut app = four_panes();
    let mut screen = MemoryScreen::new(&mut app, 240, 70);
    bencher.bench_local(|| screen.draw(&app).area.width);
}

/// A frame after scrolling the pane one line, down and up in turn: most of its cells change.
#[divan::bench(sample_count = 200)]
fn frame_after_scrolling(bencher: divan::Bencher) {
    let mut app = four_panes();
    let mut screen = MemoryScreen::new(&mut app, 240, 70);
    let down = Key::parse("j").expect("a key");
    let up = Key::parse("k").expect("a key");
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        app.handle_key(if flip { down } else { up });
        screen.draw(&app).area.width
    });
}

/// The first frame into a new terminal, every cell sent, and the screen copied out.
#[divan::bench(sample_count = 200)]
fn first_frame_new_terminal(bencher: divan::Bencher) {
    let mut app = four_panes();
    bencher.bench_local(|| render_buffer(&mut app, 240, 70).area.width);
}
