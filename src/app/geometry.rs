//! Where things go on the screen, computed from its size alone, so the application knows the
//! width to lay text out at before anything is drawn.

use super::config::PaneOrder;

/// A rectangle of terminal cells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Area {
    /// Left column.
    pub x: u16,
    /// Top row.
    pub y: u16,
    /// Width in columns.
    pub width: u16,
    /// Height in rows.
    pub height: u16,
}

impl Area {
    /// Whether the cell at `(x, y)` lies inside.
    pub fn contains(&self, x: u16, y: u16) -> bool {
        x >= self.x && x < self.x + self.width && y >= self.y && y < self.y + self.height
    }

    /// The area inside a one-cell border.
    pub fn inner(&self) -> Area {
        Area {
            x: self.x + 1,
            y: self.y + 1,
            width: self.width.saturating_sub(2),
            height: self.height.saturating_sub(2),
        }
    }

    /// The area text is drawn in: inside the border, one column of margin on each side.
    pub fn text(&self) -> Area {
        let inner = self.inner();
        Area {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        }
    }
}

/// Smallest usable screen.
pub const MIN_WIDTH: u16 = 40;
/// Smallest usable screen.
pub const MIN_HEIGHT: u16 = 10;
/// Narrowest reading pane, borders included.
pub const MIN_PANE_WIDTH: u16 = 24;

/// The screen's parts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Geometry {
    /// Screen width.
    pub width: u16,
    /// Screen height.
    pub height: u16,
    /// Too small to draw anything but a message.
    pub too_small: bool,
    /// The article list.
    pub list: Area,
    /// The reading panes, by pane index (pane 0 first), whatever their order on screen.
    pub panes: Vec<Area>,
    /// The messages panel, when shown.
    pub messages: Option<Area>,
    /// The status bar.
    pub status: Area,
}

/// How many panes fit beside the list on a screen `width` wide.
pub fn panes_that_fit(width: u16) -> usize {
    let list = list_width(width);
    usize::from((width.saturating_sub(list) / MIN_PANE_WIDTH).clamp(1, 4))
}

fn list_width(width: u16) -> u16 {
    (width / 5).clamp(22, 34)
}

/// Lays the screen out for `panes` panes (as many as fit) and `message_lines` lines of
/// messages (0 hides the panel).
pub fn compute(
    width: u16,
    height: u16,
    panes: usize,
    order: PaneOrder,
    message_lines: u16,
) -> Geometry {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return Geometry {
            width,
            height,
            too_small: true,
            ..Geometry::default()
        };
    }
    let status = Area {
        x: 0,
        y: height - 1,
        width,
        height: 1,
    };
    let messages_height = if message_lines == 0 {
        0
    } else {
        (message_lines + 2).min(height / 3)
    };
    let main_height = height - 1 - messages_height;
    let messages = (messages_height > 0).then_some(Area {
        x: 0,
        y: main_height,
        width,
        height: messages_height,
    });
    let list_w = list_width(width);
    let count = panes.clamp(1, panes_that_fit(width));
    let panes_width = width - list_w;
    let (list_x, panes_x) = match order {
        PaneOrder::Ltr => (0, list_w),
        PaneOrder::Rtl => (panes_width, 0),
    };
    let list = Area {
        x: list_x,
        y: 0,
        width: list_w,
        height: main_height,
    };
    let base = panes_width / count as u16;
    let extra = panes_width % count as u16;
    let mut slots = Vec::with_capacity(count);
    let mut x = panes_x;
    for slot in 0..count as u16 {
        let w = base + u16::from(slot < extra);
        slots.push(Area {
            x,
            y: 0,
            width: w,
            height: main_height,
        });
        x += w;
    }
    if order == PaneOrder::Rtl {
        slots.reverse();
    }
    Geometry {
        width,
        height,
        too_small: false,
        list,
        panes: slots,
        messages,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_share_the_width_beside_the_list() {
        let g = compute(160, 45, 2, PaneOrder::Ltr, 0);
        assert_eq!(
            g.list,
            Area {
                x: 0,
                y: 0,
                width: 32,
                height: 44
            }
        );
        assert_eq!(g.panes.len(), 2);
        assert_eq!((g.panes[0].x, g.panes[0].width), (32, 64));
        assert_eq!((g.panes[1].x, g.panes[1].width), (96, 64));
        assert_eq!(g.status.y, 44);
    }

    #[test]
    fn right_to_left_puts_the_list_and_first_pane_on_the_right() {
        let g = compute(160, 45, 2, PaneOrder::Rtl, 0);
        assert_eq!(g.list.x, 128);
        assert!(g.panes[0].x > g.panes[1].x);
        assert_eq!(g.panes[0].x + g.panes[0].width, 128);
    }

    #[test]
    fn too_small_and_too_many() {
        assert!(compute(30, 45, 1, PaneOrder::Ltr, 0).too_small);
        assert_eq!(compute(80, 24, 4, PaneOrder::Ltr, 0).panes.len(), 2);
        let g = compute(100, 30, 1, PaneOrder::Ltr, 3);
        assert_eq!(g.messages.map(|m| m.height), Some(5));
    }
}
