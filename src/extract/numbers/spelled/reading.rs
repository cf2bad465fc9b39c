//! A number in words read word by word, as Arabic writes it.

use super::lexicon::{Alone, Part, Token};

/// A number being read: what the words so far add up to.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Reading {
    /// The scale groups read (`ثلاثة ملايين` is three million).
    total: f64,
    /// The part below the last scale word (`ومائتا`).
    current: u32,
    /// The last part read.
    pub(super) last: Option<Part>,
    /// The power of the last scale word: scales come largest first.
    pub(super) scale: Option<i32>,
    /// Whether the number may end here ([`Alone`]).
    pub(super) complete: bool,
    /// Whether it opened with an ordinal, which no scale word follows.
    ordinal: bool,
}

impl Reading {
    /// The reading with `token` added, where it goes on from what was read.
    pub(super) fn with(mut self, token: Token) -> Option<Self> {
        let grouped = self.current.is_multiple_of(100);
        let after_group = matches!(self.last, Some(Part::Hundreds(_) | Part::Scale { .. }));
        let joined = token.joined;
        match (self.last, token.part) {
            (None, Part::Scale { plural: true, .. }) => return None,
            (None, Part::Scale { power, times, .. }) => {
                self.total = f64::from(times) * 10f64.powi(power);
            }
            (None, Part::Hundreds(n) | Part::Unit(n) | Part::Tens(n) | Part::Ordinal(n)) => {
                self.current = n;
                self.ordinal = matches!(token.part, Part::Ordinal(_));
            }
            (None, Part::Ten) => self.current = 10,
            // Tens with the article, first: a cardinal before its scale (`الأربعين مليون`),
            // else nothing.
            (None, Part::OrdinalTens(n)) => self.current = n,
            (None, Part::Fraction(_)) => {}
            // A half or a quarter of the last scale or unit (`مليون ونصف`, a million and a
            // half; `ثلاثة ونصف`, three and a half).
            (Some(last), Part::Fraction(f)) if joined => {
                let of = match last {
                    Part::Scale { power, .. } => 10f64.powi(power),
                    Part::Unit(_) | Part::Ten | Part::Tens(_) | Part::Hundreds(_) => 1.0,
                    _ => return None,
                };
                self.total += f * of;
            }
            // A number and a half, then the scale it counts (`ثلاثة ونصف ترليون`, three and a
            // half trillion): the whole of it is scaled.
            (
                Some(Part::Fraction(_)),
                Part::Scale {
                    power, times: 1, ..
                },
            ) if !joined && self.complete && self.scale.is_none() => {
                self.total = self.value() * 10f64.powi(power);
                self.current = 0;
            }
            // Nothing else goes on after a half joined so.
            (Some(Part::Fraction(_)), _) if self.complete => return None,
            // A scale of a smaller scale (`ألف مليار`, a thousand billion; `ألف مليون`): the
            // number read so far counts the larger one.
            (
                Some(Part::Scale { .. }),
                Part::Scale {
                    power,
                    times: 1,
                    plural: false,
                    ..
                },
            ) if !joined && self.current == 0 && self.scale.is_some_and(|s| s < power) => {
                self.total *= 10f64.powi(power);
            }
            (Some(Part::Unit(_) | Part::Ordinal(_)), Part::Ten)
                if !joined && self.current % 100 < 10 =>
            {
                self.current += 10;
            }
            // The tens of an ordinal (`الخامس والعشرين`) or of a cardinal with the article
            // (`الخمسة والعشرين ألف`).
            (Some(Part::Ordinal(_) | Part::Unit(_)), Part::OrdinalTens(n))
                if joined && self.current < 10 =>
            {
                self.current += n;
            }
            (Some(Part::Unit(_)), Part::Tens(n)) if joined && self.current % 100 < 10 => {
                self.current += n;
            }
            (Some(Part::Unit(u)), Part::Hundreds(100)) if !joined && (3..=9).contains(&u) => {
                self.current = self.current - u + u * 100;
            }
            (Some(_), Part::Unit(n) | Part::Tens(n)) if joined && grouped && after_group => {
                self.current += n;
            }
            (Some(Part::Scale { .. }), Part::Ten) if joined => self.current = 10,
            (Some(Part::Scale { .. }), Part::Hundreds(n)) if joined && self.current == 0 => {
                self.current = n;
            }
            (
                Some(last),
                Part::Scale {
                    power,
                    times,
                    plural,
                    ..
                },
            ) => {
                if self.scale.is_some_and(|s| s <= power) {
                    return None;
                }
                let of = match last {
                    Part::Fraction(f) if !joined => f,
                    Part::Scale { .. } if joined && !plural && self.current == 0 => {
                        f64::from(times)
                    }
                    // (Not after an ordinal, `الخامس والعشرين`.)
                    Part::Unit(_)
                    | Part::Ten
                    | Part::Tens(_)
                    | Part::Hundreds(_)
                    | Part::OrdinalTens(_)
                        if !joined && times == 1 && !self.ordinal =>
                    {
                        if plural != (3..=10).contains(&self.current) {
                            return None;
                        }
                        f64::from(self.current)
                    }
                    _ => return None,
                };
                self.total += of * 10f64.powi(power);
                self.current = 0;
            }
            _ => return None,
        }
        if let Part::Scale { power, .. } = token.part {
            self.scale = Some(power);
        }
        self.complete = match token.alone {
            Alone::Yes => true,
            Alone::Never => self.last.is_some(),
            // A half joined by `و` ends a number; alone it waits for its scale.
            Alone::BeforeScale => joined && self.last.is_some(),
            Alone::BeforeTens | Alone::BeforeTen | Alone::BeforeMore => false,
        };
        self.last = Some(token.part);
        Some(self)
    }

    /// What the words read add up to.
    pub(super) fn value(&self) -> f64 {
        self.total + f64::from(self.current)
    }
}
