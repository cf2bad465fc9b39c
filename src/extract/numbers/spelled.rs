//! Numbers written in words, without digits (`خمسة آلاف جندي`, `ألفي سيجارة`, `ثلاثة وعشرون`,
//! `الجولة الرابعة`): the gold guidelines' `"words": true` numbers. A number is read word by
//! word, as Arabic writes it: a unit and `عشر` for thirteen to nineteen, a unit and then its
//! tens after `و` (`خمسة وعشرون`, five and twenty), hundreds, and scale words multiplying what
//! came before them (`ثلاثة ملايين ومائتا ألف`) or a smaller scale (`ألف مليار`). A cardinal
//! with the article is read where a ten, tens or a scale follow (`الدول التسع عشرة`, `المائة
//! ألف`, `الأربعين مليون`), and counts the noun before it. Ordinals are read with the article
//! (`الثالثة`, `الحادي عشر`, `الخامس والعشرين`) and, for the few that are plain in news
//! text, without (`أول`, `رابع`). Plurals standing alone (`آلاف`, `ملايين`: thousands of) and
//! `واحد` alone are no figure; ordinals naming a month (`ربيع الأول`, `كانون الثاني`) are part
//! of a date.

mod lexicon;
mod reading;

use super::{Word, counted, folded_scales, is_digit, is_month, measure, next_word, previous_word};
use crate::extract::words::{clean, is_letter};
use crate::extract::{Item, NumberKind, Source};
use lexicon::{Lexicon, Part, Token};
use reading::Reading;

/// Ranks named with `أول` (`فريق أول`, lieutenant general; `ملازم أول`), compared folded
/// without the article.
const RANKS_WITH_ORDINALS: &[&str] = &["فريق", "ملازم", "رقيب", "عريف"];

/// Whether `word`, as written, is a number word (`خمسة`, `مليوني`): after digits it is the
/// number again in words or another number, not what the digits count. Not `واحد`, which
/// Persian counts with (`300 واحد مسکونی`, 300 housing units).
pub(super) fn is_number_word(word: &str) -> bool {
    !word.starts_with("واحد") && Lexicon::get().token(word).is_some()
}

/// Every number written in words in the article's paragraphs (not its furniture).
pub(super) fn find(src: &Source<'_>) -> Vec<Item> {
    let lexicon = Lexicon::get();
    let may_start = |bytes: &[u8]| lexicon.may_start(bytes);
    let mut items = Vec::new();
    for (span, text) in src.paragraphs_read() {
        let mut words = crate::text::words::words_with(text, span.spaces);
        while let Some((at, word)) = words.next_where(may_start) {
            let Some(first) = lexicon.token(word) else {
                continue;
            };
            let found = Found {
                base: span.byte_start,
                at,
                word,
            };
            if let Some((end, item)) = number_from(src, lexicon, found, first, words.clone()) {
                items.push(item);
                words.skip_to(end - span.byte_start);
            }
        }
    }
    items
}

/// A word of a paragraph: where the paragraph starts, where the word starts in it, and the
/// word as split at white space.
#[derive(Clone, Copy)]
struct Found<'t> {
    base: usize,
    at: usize,
    word: &'t str,
}

impl Found<'_> {
    /// The byte range of the word without the marks around it, in the article's text.
    fn cleaned(&self) -> (usize, usize) {
        let cleaned = clean(self.word);
        let offset = cleaned.as_ptr() as usize - self.word.as_ptr() as usize;
        let start = self.base + self.at + offset;
        (start, start + cleaned.len())
    }

    /// Whether a number may go on past the word: no mark after it (`ثلاثة، وعشرون`).
    fn runs_on(&self) -> bool {
        let cleaned = clean(self.word);
        cleaned.as_ptr() as usize + cleaned.len() == self.word.as_ptr() as usize + self.word.len()
    }
}

/// The number starting with `first`, the number word `found`, read on through `rest`, the
/// words after it; and where it ends.
fn number_from(
    src: &Source<'_>,
    lexicon: &Lexicon,
    found: Found<'_>,
    first: Token,
    mut rest: crate::text::words::Words<'_>,
) -> Option<(usize, Item)> {
    let text = src.text;
    let (word_start, word_end) = found.cleaned();
    let mut end = word_end;
    let start = after_proclitic(text, word_start, first.proclitic);
    let mut reading = Reading::default().with(first)?;
    let mut best = reading.complete.then_some((reading, end));
    // The best reading before the last part joined by `و`: where a number ends when what
    // follows that part is a scale no smaller than the last (`مليونين وثلاثة ملايين`, between
    // two and three million, is two numbers).
    let mut before_joined = None;
    let mut last = found;
    while last.runs_on() {
        let Some((mut at, mut word)) = rest.next() else {
            break;
        };
        // `و` written apart (`ثلاثة و عشرون`).
        let apart = word == "و";
        if apart {
            let Some(next) = rest.next() else { break };
            (at, word) = next;
        }
        let Some(mut token) = lexicon.token(word) else {
            break;
        };
        token.joined |= apart;
        // Only the first word may carry a preposition, and only a word with no mark before it
        // goes on with the number.
        let next = Found { at, word, ..found };
        let (next_start, next_end) = next.cleaned();
        if (token.proclitic > 0 && !token.joined) || next_start != found.base + at {
            break;
        }
        let Some(read) = reading.with(token) else {
            if let Part::Scale { power, .. } = token.part
                && reading.scale.is_some_and(|scale| scale <= power)
                && let Some(before) = before_joined
            {
                best = before;
            }
            break;
        };
        if token.joined {
            before_joined = Some(best);
        }
        reading = read;
        end = next_end;
        last = next;
        if reading.complete {
            best = Some((reading, end));
        }
    }
    let (reading, mut end) = best?;
    // `مليون ونصف المليون`: the scale said again after its half belongs to the number.
    if matches!(reading.last, Some(Part::Fraction(_)))
        && let Some(again) = next_word(text, end)
        && reading.scale.is_some()
        && scale_named(&again.folded) == reading.scale
    {
        end = again.end;
    }
    let after = next_word(text, end);
    // The words around the number, read once for every test below. Before a number carrying a
    // proclitic (`وألف`) stands that letter, which none of them takes for a word.
    let (before, after) = (previous_word(text, start), after.as_ref());
    let single = end == word_end;
    if belongs_to_another(text, lexicon, first, before.as_ref(), after)
        || is_verb_or_phrase(text, before.as_ref(), single.then_some(first.part), after)
    {
        return None;
    }
    let (kind, value, unit, end) = if matches!(first.part, Part::Ordinal(_)) {
        let kind = ordinal_kind(text, before.as_ref(), after)?;
        // An hour has no value, as a time in digits has none.
        let value = (kind != NumberKind::Time).then(|| reading.value());
        (kind, value, None, end)
    } else {
        // (One word, and no tanween marking the accusative: `ألفاً`.)
        let alone = single && !found.word.contains('\u{064B}');
        cardinal(src, lexicon, reading, end, alone, before.as_ref(), after)?
    };
    // A cardinal with the article follows the noun it counts (`الدول التسع عشرة`, the nineteen
    // countries), which has the article too, or goes before one without (`الثلاثة آلاف جندي`).
    let unit = match (first.article, kind) {
        (true, NumberKind::Count) => before
            .filter(|w| w.folded.starts_with("ال") && w.folded.chars().all(is_letter))
            .map(|w| text[w.start..w.end].into())
            .or_else(|| unit.filter(|u| !u.starts_with("ال"))),
        _ => unit,
    };
    let (end, mut item) = super::item(src, (start, end), kind, value, unit);
    item.words = true;
    Some((end, item))
}

/// The power of ten of `folded`, a scale word ([`folded_scales`], the words digits take)
/// with or without the article.
fn scale_named(folded: &str) -> Option<i32> {
    let bare = |w: &str| folded == w || folded.strip_prefix("ال") == Some(w);
    folded_scales()
        .iter()
        .find(|(w, _)| bare(w))
        .map(|&(_, power)| power)
}

/// Whether the number in words starting with `first`, with `before` and `after` the words
/// around it, is part of another rather than one of its own: a word before digits (`تسع 500`,
/// holds 500); a scale word or the ten of a teen after a number, in digits the digits did not
/// take in (`428.9 تريليون`, `«12» ألف`) or in words not read (`الأربعين مليون`, the forty
/// million).
fn belongs_to_another(
    text: &str,
    lexicon: &Lexicon,
    first: Token,
    before: Option<&Word<'_>>,
    after: Option<&Word<'_>>,
) -> bool {
    let digit_first = |w: &Word<'_>| w.folded.starts_with(is_digit);
    let digit_last = before.is_some_and(|w| w.folded.ends_with(is_digit));
    // A number word before, with the article or without, that the reading did not take (`ثلاثة،
    // عشرة`, `الإحدى عشرة`); but not Monday (`الاثنين عشرة فلسطينيين`, on Monday ten
    // Palestinians).
    let number_word = |w: &Word<'_>| {
        let word = &text[w.start..w.end];
        w.folded != "الاثنين"
            && lexicon
                .token(word.strip_prefix("ال").unwrap_or(word))
                .is_some()
    };
    let scale_after_number = matches!(first.part, Part::Scale { .. } | Part::Ten)
        && before.is_some_and(|w| w.folded.contains(is_digit) || number_word(w));
    after.is_some_and(digit_first) || digit_last || scale_after_number
}

/// What a number measures: its kind, value, unit, and where it ends.
type Measured = (NumberKind, Option<f64>, Option<Box<str>>, usize);

/// Words naming something after which `ألفا` is a name (`شركة ألفا`, `جهاز ألفا ستيم`),
/// folded.
const NAMED_THINGS: &[&str] = &["شركه", "جهاز", "منصه", "مجموعه", "بنك", "صندوق", "نظام"];

/// Whether the number word `single` when it is the number's one word, with `before` and
/// `after` the words around it, is a verb or part of a set phrase rather than a figure: a verb
/// after `قد` (`وقد ألف في التفسير`, he wrote on exegesis); `ألف` wishing well (`ألف مبروك`,
/// `بألف خير`, `مرحبا ألف`), refusing (`لا وألف لا`), weighing (`ألف حساب`) or naming the
/// Thousand and One Nights (`ألف ليلة وليلة`).
fn is_verb_or_phrase(
    text: &str,
    before: Option<&Word<'_>>,
    single: Option<Part>,
    after: Option<&Word<'_>>,
) -> bool {
    let before = before.map_or("", |w| w.folded.trim_start_matches('و'));
    if matches!(before, "قد" | "لقد") {
        return true;
    }
    let thousand = Part::Scale {
        power: 3,
        times: 1,
        plural: false,
        whole: false,
    };
    if single != Some(thousand) {
        return false;
    }
    let after_word = after.map_or("", |w| &*w.folded);
    let nights = || {
        after_word == "ليله"
            && after
                .and_then(|w| next_word(text, w.end))
                .is_some_and(|w| w.folded == "وليله")
    };
    matches!(after_word, "مبروك" | "مبارك" | "خير" | "لا" | "حساب")
        || matches!(before, "مرحبا" | "اهلا")
        || nights()
}

/// What the cardinal `reading`, read to byte `end`, measures, as a number in digits would
/// (percent, money, the noun it counts, [`measure`]): its kind, value, unit and end; `None`
/// where `ألفا` is a name. `alone` where it is one word without tanween, `before` and `after`
/// the words around it.
fn cardinal(
    src: &Source<'_>,
    lexicon: &Lexicon,
    reading: Reading,
    end: usize,
    alone: bool,
    before: Option<&Word<'_>>,
    after: Option<&Word<'_>>,
) -> Option<Measured> {
    let mut value = reading.value();
    let (kind, unit, end) = measure(src, end, after);
    let mut whole = matches!(reading.last, Some(Part::Scale { whole: true, .. }));
    // `ألفا`, `مليونا` alone are also the dual before its noun (`مليونا ريال`, two million
    // riyals; `مليونا متابع`): so read where a noun without the article follows straight away,
    // not `و` (`مليارا و760 مليون`) nor `واحدا` (`مليونا واحدا`, one million), and no tanween
    // marks the accusative (`ألفاً`).
    let single = whole && alone;
    let dual = single
        && (kind != NumberKind::Count
            || (counted(src, after).is_some()
                && after
                    .is_some_and(|w| !w.folded.starts_with('و') && !w.folded.starts_with("ال"))));
    // Else, alone, `ألفا` is the accusative of a thousand, which a writer puts before `من`
    // (`صدت ألفا من المحاولات`), `واحدا` or more of the number; anywhere else it is the Greek
    // letter in a name (`ألفا الدولية`, `محصرات ألفا`, `بيبر ألفا`), as it is after a word
    // naming a company or a device, dual or not. (`مليونا` alone names nothing else.)
    let thousand = matches!(reading.last, Some(Part::Scale { power: 3, .. }));
    if single && thousand {
        let goes_on = |w: &Word<'_>| {
            w.folded == "من"
                || w.folded.starts_with("واحد")
                || w.folded.strip_prefix('و').is_some_and(|rest| {
                    rest.is_empty() || rest.starts_with(is_digit) || lexicon.token(rest).is_some()
                })
        };
        let named = before.is_some_and(|w| NAMED_THINGS.contains(&&*w.folded));
        if named || (!dual && !after.is_some_and(goes_on)) {
            return None;
        }
    }
    if dual {
        value *= 2.0;
        whole = false;
    }
    // A number word after it is another number's (`مليونين وثلاثة ملايين`), not what it counts.
    let number_after = after.is_some_and(|w| lexicon.token(&src.text[w.start..w.end]).is_some());
    let unit = match kind {
        NumberKind::Count if !whole && !number_after => counted(src, after),
        _ => unit,
    };
    Some((kind, Some(value), unit, end))
}

/// What an ordinal with `before` and `after` the words around it is: an hour after
/// `الساعة` (`الساعة التاسعة`, nine o'clock); nothing where it is part of a name or a date —
/// a month's (`ربيع الأول`, `كانون الثاني`), a rank's (`الفريق أول`), a family's (`آل ثاني`),
/// a chemical's (`ثاني أكسيد الكربون`), a day of a month (`الرابع من يونيو`), the day before
/// yesterday (`أول أمس`, `أمس الأول`); else an ordinal.
fn ordinal_kind(
    text: &str,
    before: Option<&Word<'_>>,
    after: Option<&Word<'_>>,
) -> Option<NumberKind> {
    let before = before.map_or("", |w| w.folded.trim_start_matches('و'));
    let after_word = after.map_or("", |w| &*w.folded);
    let then = || after.and_then(|w| next_word(text, w.end));
    let yesterday = before == "امس"
        || after_word == "امس"
        || (after_word == "من" && then().is_some_and(|w| w.folded == "امس"));
    let day_of_month = after_word == "من" && then().is_some_and(|w| is_month(&w.folded));
    if is_month(before)
        || RANKS_WITH_ORDINALS.contains(&before.strip_prefix("ال").unwrap_or(before))
        || before == "ال"
        || after_word == "اكسيد"
        || yesterday
        || day_of_month
    {
        return None;
    }
    Some(if before == "الساعه" {
        NumberKind::Time
    } else {
        NumberKind::Ordinal
    })
}

/// The byte offset in `text` past `letters` letters of proclitic from `start`, and past the
/// harakat written on them.
fn after_proclitic(text: &str, start: usize, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text[start..].char_indices() {
        let letter = crate::text::normalize::fold_char(c).is_some();
        if letter && seen == letters {
            return start + i;
        }
        seen += usize::from(letter);
    }
    text.len()
}

#[cfg(test)]
mod tests;
