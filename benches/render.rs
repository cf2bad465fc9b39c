//! Drawing a full 240×70 frame with four panes of highlighted Arabic text, through ratatui's
//! `TestBackend` (the frame as the terminal would get it, without the terminal). Target: under
//! 2 ms, whatever the corpus size (only what is on screen is laid out).

#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

use tahqiq::app::{App, Key};
use tahqiq::tui::render_buffer;

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

#[divan::bench(sample_count = 200)]
fn frame_240x70_four_panes(bencher: divan::Bencher) {
    let mut app = four_panes();
    bencher.bench_local(|| render_buffer(&mut app, 240, 70).area.width);
}

#[divan::bench(sample_count = 200)]
fn frame_after_scrolling(bencher: divan::Bencher) {
    let mut app = four_panes();
    let down = Key::parse("j").expect("a key");
    let up = Key::parse("k").expect("a key");
    let mut flip = false;
    bencher.bench_local(|| {
        flip = !flip;
        app.handle_key(if flip { down } else { up });
        render_buffer(&mut app, 240, 70).area.width
    });
}
