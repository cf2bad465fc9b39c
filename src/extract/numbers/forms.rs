//! Ways of writing a number the plain reading of digits gets wrong: an agency's decimal
//! (`333ر10`, 10.333), a date with spaces around its slashes (`20 / 10 / 1436`), a time of day
//! written with a point after the hour word (`الساعة 7.30`), a day and its month (`17 يوليو`),
//! days before their month (`من 15 إلى 21 يوليو`, `7 و14 أكتوبر`), the first end of a range
//! (`بين 9 و10 مليارات دولار`).

use super::lists::{ARTICLE_BEFORE_DIGITS, folded_scales, is_month, without_marks};
use super::{char_at, char_before, is_digit, is_letter, next_word, previous_word, value_of};
use crate::extract::{Item, NumberKind};
use crate::text::normalize::fold;

/// Where the digits from byte `at` end (`at` itself where there are none).
fn digits_end(text: &str, at: usize) -> usize {
    let digits = text
        .get(at..)
        .unwrap_or_default()
        .chars()
        .take_while(|&c| is_digit(c));
    at + digits.map(char::len_utf8).sum::<usize>()
}

/// Where an agency's decimal (`333ر10`, 10.333) ends, when the plain digits `start..end` are
/// its fraction: `ر` right after them, then the whole part's digits, then no letter. Groups
/// of thousands set off the same way (`951ر625ر34`) are no decimal.
pub(super) fn agency_decimal(text: &str, start: usize, end: usize) -> Option<usize> {
    if char_at(text, end) != Some('ر')
        || char_before(text, start) == Some('ر')
        || !text[start..end].chars().all(is_digit)
    {
        return None;
    }
    let from = end + 'ر'.len_utf8();
    let whole_end = digits_end(text, from);
    let next = char_at(text, whole_end);
    let ends = next.is_none_or(|c| c != 'ر' && !is_letter(c));
    (whole_end > from && ends).then_some(whole_end)
}

/// Where a date written with spaces around its slashes (`20 / 10 / 1436`, `3 /3 /1436`)
/// that starts at byte `start` ends: day and month of one or two digits, a year of two or
/// four, at most one space on either side of each slash, and at least one space in all (the
/// date without them is read as any number is).
pub(super) fn spaced_date(text: &str, start: usize) -> Option<usize> {
    // Nearly every number has no slash within its next few bytes (two digits of two bytes
    // each, a space, the slash).
    let near = text.as_bytes().get(start..).unwrap_or_default();
    if !near.iter().take(6).any(|&b| b == b'/') {
        return None;
    }
    let mut at = start;
    let mut spaced = false;
    let digits = |at: &mut usize| {
        let from = *at;
        *at = digits_end(text, from);
        text[from..*at].chars().count()
    };
    let mut space = |at: &mut usize| {
        if char_at(text, *at) == Some(' ') {
            *at += 1;
            spaced = true;
        }
    };
    for _ in 0..2 {
        if !(1..=2).contains(&digits(&mut at)) {
            return None;
        }
        space(&mut at);
        if char_at(text, at) != Some('/') {
            return None;
        }
        at += 1;
        space(&mut at);
    }
    let year = digits(&mut at);
    let ends = char_at(text, at).is_none_or(|c| c != '/' && !is_digit(c));
    (spaced && matches!(year, 2 | 4) && ends).then_some(at)
}

/// Whether `body`, at byte `start`, is a time of day after `الساعة` (the hour), the article
/// before it or not: a whole hour (`الساعة 9 مساء`, `الساعة الـ 5`) or one written with a
/// point (`الساعة 7.30` is half past seven, not seven and three tenths).
pub(super) fn is_clock_after_hour_word(text: &str, start: usize, body: &str) -> bool {
    // The hour word just before, a space or none between, and the article or not. (Every
    // number is asked: these are a few comparisons of bytes, with nothing folded.)
    let before = &text[..start];
    let before = ARTICLE_BEFORE_DIGITS
        .iter()
        .find_map(|article| before.strip_suffix(article))
        .unwrap_or(before);
    let before = before.strip_suffix(' ').unwrap_or(before);
    if !(before.ends_with("الساعة") || before.ends_with("الساعه")) {
        return false;
    }
    let (hours, minutes) = body.split_once('.').unwrap_or((body, "00"));
    (1..=2).contains(&hours.chars().count())
        && minutes.chars().count() == 2
        && value_of(hours, 0).is_some_and(|h| h <= 24.0)
        && value_of(minutes, 0).is_some_and(|m| m < 60.0)
}

/// Where a date that a day ending at byte `end` opens ends (`17 يوليو`, `9 يونيو (حزيران)
/// 2015`): through the month's names, one in brackets (`(كانون الأول)`), and a year of four
/// digits after them.
pub(super) fn date_from_day(text: &str, end: usize) -> usize {
    let mut to = end;
    // Within `(كانون الأول)` until its closing bracket.
    let mut in_brackets = false;
    while let Some(word) = next_word(text, to) {
        let bare = without_marks(&word.folded);
        if !(in_brackets || bare.is_empty() || is_month(bare)) {
            break;
        }
        in_brackets |= word.folded.starts_with('(');
        to = word.end;
        // (The closing bracket of `(حزيران)`, which the word leaves out.)
        if char_at(text, to) == Some(')') {
            to += 1;
            in_brackets = false;
        }
        if in_brackets && !is_month(bare) && !bare.starts_with("ال") {
            break;
        }
    }
    if let Some(year) = next_word(text, to)
        && year.folded.chars().count() == 4
        && year.folded.chars().all(is_digit)
    {
        to = year.end;
    }
    to
}

/// The words that join a day to the day its month follows: a range (`15 إلى 21 يوليو`, `22- 24
/// يوليو`, `11 حتى 25 /10 /1436`) or two days (`7 و14 أكتوبر`).
const DAY_JOINERS: [&str; 6] = ["-", "–", "إلى", "الى", "حتى", "و"];

/// Makes `previous`, a count whose digits end at byte `previous_end`, one date with `date`, a
/// date whose digits start at byte `start`, when `previous` is a day before it: a whole number
/// of 1 to 31 with nothing it counts, smaller than the date's day, joined to it by a range or
/// `و` ([`DAY_JOINERS`]). Read apart, the first day was a count and only the second a date.
/// Whether it did.
pub(super) fn join_days(
    text: &str,
    previous: &mut Item,
    previous_end: usize,
    start: usize,
    date: &Item,
) -> bool {
    // (Most numbers are no date, and most before a date count something: asked first.)
    if date.number_kind != Some(NumberKind::Date)
        || previous.number_kind != Some(NumberKind::Count)
        || previous.unit.is_some()
    {
        return false;
    }
    let Some(between) = text.get(previous_end..start) else {
        return false;
    };
    if !DAY_JOINERS.contains(&between.trim_matches(' ')) {
        return false;
    }
    let day = previous.value.unwrap_or(0.0);
    let next_day = value_of(&text[start..digits_end(text, start)], 0).unwrap_or(0.0);
    if day.fract() != 0.0 || !(1.0..next_day).contains(&day) || next_day > 31.0 {
        return false;
    }
    previous.end = date.end;
    previous.text = format!("{}{between}{}", previous.text, date.text).into();
    previous.value = None;
    previous.number_kind = Some(NumberKind::Date);
    true
}

/// The words that join the two ends of a range (`10 إلى 20 ألف`, `4.9-5.1 مليار`); `و` joins
/// them only after `بين` (between).
const RANGE_JOINERS: [&str; 5] = ["-", "–", "إلى", "الى", "حتى"];

/// Gives `previous`, a bare count whose digits are bytes `previous_start..previous_end`, the
/// scale, kind and unit of `next`, the number whose digits start at byte `start`, where the two
/// are the ends of a range ([`RANGE_JOINERS`]; `بين 9 و10`) and `next` says what it measures:
/// `من 400 إلى 800 ملغ`, `بين 9 و10 مليارات دولار` (nine billion dollars, not nine). Read
/// apart, the first end was a bare number.
pub(super) fn share_range(
    text: &str,
    previous: &mut Item,
    (previous_start, previous_end): (usize, usize),
    start: usize,
    next: &Item,
) {
    // (Most numbers before another count something or are years: asked first.)
    if previous.number_kind != Some(NumberKind::Count)
        || previous.unit.is_some()
        || !matches!(
            next.number_kind,
            Some(NumberKind::Count | NumberKind::Money | NumberKind::Percent)
        )
    {
        return;
    }
    let Some(between) = text.get(previous_end..start) else {
        return;
    };
    let joiner = between.trim_matches(' ');
    let between_words = || {
        previous_word(text, previous_start)
            .is_some_and(|w| matches!(&*w.folded, "بين" | "وبين" | "مابين"))
    };
    if !(RANGE_JOINERS.contains(&joiner) || (joiner == "و" && between_words())) {
        return;
    }
    // Only a number whose text is what was read from its digits on: one that took in brackets
    // or a sign before them is left as it is.
    let written = &text[previous_start..previous_end];
    if *previous.text != *written {
        return;
    }
    let last_word = fold(next.text.rsplit(' ').next().unwrap_or_default());
    let exponent = folded_scales()
        .iter()
        .find(|(scale, _)| *scale == last_word)
        .map_or(0, |&(_, power)| power);
    if exponent == 0 && next.number_kind == Some(NumberKind::Count) {
        // A score or a date is written with a dash too (`3 - 3 ولعب`, `20 -7 لهذا العام`): after
        // a dash, a noun joined to `و` or `ل` is the next clause's, not what the range counts.
        let dash = matches!(joiner, "-" | "–");
        match &next.unit {
            None => return,
            Some(unit) if dash && unit.starts_with(['و', 'ل']) => return,
            Some(_) => {}
        }
    }
    // (A first end with its own scale, `100 ألف و150 ألف دولار`, keeps its value.)
    if exponent != 0 && !written.contains(' ') {
        previous.value = value_of(written, exponent);
    }
    previous.number_kind = next.number_kind;
    previous.unit.clone_from(&next.unit);
}
