//! Numbers written with digits — ASCII, Arabic-Indic or Persian — with what belongs to them: a
//! scale word that multiplies them (`500 ألف`), a percent sign, a currency, the counted noun
//! (`2500 جندي`), and what they are: dates (`23/07/2021`, `يونيو /حزيران 2020`), times
//! (`03:53`), years, ordinals (`الـ24`). Digits inside names and codes (`B‑2`, `F-16`,
//! `COVID-19`), in links, in a style sheet that came into the text with the page, and long
//! digit strings (phone numbers) are not numbers.

mod around;
mod digits;
mod forms;
mod lists;
mod skipped;
mod spelled;

use super::scan::{self, char_at, char_before};
use super::words::is_letter;
use super::{InWords, Item, Kind, NumberKind, Source};
use around::{Word, counted, measure, next_word, previous_word};
use digits::{digit_after_marks, is_digit, is_direction_mark, is_separator, value_of};
use forms::{
    agency_decimal, date_from_day, is_clock_after_hour_word, join_days, share_range, spaced_date,
};
use lists::{
    ARTICLE_BEFORE_DIGITS, BROKEN_PLURALS, ERA_WORDS, YEAR_WORDS, folded_scales, is_month,
    without_marks,
};
use skipped::{code_in_braces, in_name_or_code};

/// Every number in the article, in text order: in digits, and in words where `in_words` asks.
pub fn find(src: &Source<'_>, in_words: InWords) -> Vec<Item> {
    let text = src.text;
    let code = code_in_braces(text);
    // An article gives a handful of numbers: room for them at once.
    let mut items = Vec::with_capacity(8);
    let mut i = 0;
    // Where the last number's text ends (a byte offset).
    let mut previous_start = 0;
    let mut previous_end = 0;
    // Straight to the next digit.
    while let Some(start) = scan::find_pair(text.as_bytes(), i, scan::starts_digit) {
        i = src.after_char(start);
        if !char_at(text, start).is_some_and(is_digit)
            || char_before(text, start).is_some_and(is_digit)
        {
            continue;
        }
        if let Some(&(_, close)) = code
            .iter()
            .find(|&&(open, close)| open < start && start < close)
        {
            i = close;
            continue;
        }
        // The body: digits with separators, colons or slashes between digits.
        let mut end = start;
        while let Some(c) = char_at(text, end) {
            let digit_follows = || digit_after_marks(text, end + c.len_utf8());
            let separator = |c: char| is_separator(c) || matches!(c, ':' | '/');
            // (`38.‏57`: pages copied from some agencies put a right-to-left mark after the
            // point.)
            let more = is_digit(c)
                || ((separator(c)
                    || (is_direction_mark(c) && char_before(text, end).is_some_and(separator)))
                    && end > start
                    && digit_follows());
            if !more {
                break;
            }
            end += c.len_utf8();
        }
        // `333ر10 مليون برميل` (10.333 million barrels): some agencies write a decimal as
        // its fraction, `ر`, and its whole part.
        if let Some(whole) = agency_decimal(text, start, end) {
            end = whole;
        }
        // `20 / 10 / 1436`: a date with spaces around its slashes.
        if let Some(date_end) = spaced_date(text, start) {
            end = date_end;
        }
        // (Past the first digit at least, whatever the forms above read.)
        i = end.max(i);
        if in_name_or_code(text, start) {
            continue;
        }
        if let Some((item_end, item)) = number_at(src, start, end) {
            i = i.max(item_end);
            let joined = items
                .last_mut()
                .is_some_and(|last| join_days(text, last, previous_end, start, &item));
            if !joined {
                if let Some(last) = items.last_mut() {
                    share_range(text, last, (previous_start, previous_end), start, &item);
                }
                items.push(item);
            }
            previous_start = start;
            previous_end = item_end;
        }
    }
    if in_words == InWords::Skip {
        return items;
    }
    // Words a number in digits took in (`500 ألف`) are not read again.
    let in_digits = items.len();
    for spelled in spelled::find(src) {
        let overlaps = |d: &Item| d.start < spelled.end && spelled.start < d.end;
        if !items[..in_digits].iter().any(overlaps) {
            items.push(spelled);
        }
    }
    if items.len() > in_digits {
        items.sort_by_key(|i| i.start);
    }
    items
}

/// Whether `body` is a number of a million or more written in full: two thousands marks or
/// more, all the same, each followed by three digits (`69,965,144`).
fn written_in_full(body: &str) -> bool {
    let mut marks = body.chars().filter(|&c| is_separator(c));
    let Some(mark) = marks.next() else {
        return false;
    };
    let mut groups = body.split(mark).map(|group| group.chars().count());
    let lead = groups.next().unwrap_or(0);
    let mut threes = 0;
    marks.all(|c| c == mark)
        && (1..=3).contains(&lead)
        && groups.all(|n| {
            threes += 1;
            n == 3
        })
        && threes >= 2
}

/// The number of `kind` written between bytes `start` and `end`, its value and unit, and where
/// it ends.
fn item(
    src: &Source<'_>,
    (start, end): (usize, usize),
    kind: NumberKind,
    value: Option<f64>,
    unit: Option<Box<str>>,
) -> (usize, Item) {
    let item = Item {
        kind: Kind::Number,
        start: src.char_offset(start),
        end: src.char_offset(end),
        text: src.text(start, end),
        speaker: None,
        cue: None,
        value,
        unit,
        number_kind: Some(kind),
        words: false,
        cue_span: None,
        speaker_span: None,
    };
    (end, item)
}

/// Where the brackets or quotation marks around the digits at bytes `start..end` open and
/// where they end, spaces inside them allowed (`( 21 )`, `«4»`): a pair of marks with only
/// the number between them.
fn enclosed(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let close_at = end + (text.len() - end - text[end..].trim_start_matches(' ').len());
    let close = char_at(text, close_at)?;
    let opener = match close {
        ')' => '(',
        '»' => '«',
        '”' => '“',
        '"' => '"',
        _ => return None,
    };
    let open_end = text[..start].trim_end_matches(' ').len();
    (char_before(text, open_end) == Some(opener))
        .then(|| (open_end - opener.len_utf8(), close_at + close.len_utf8()))
}

/// The number whose digits are bytes `start..end`, with what belongs to it, and where it ends.
fn number_at(src: &Source<'_>, start: usize, end: usize) -> Option<(usize, Item)> {
    let text = src.text;
    let written = src.str(start, end);
    // Nearly every number is digits and separators alone: the direction marks (first bytes
    // `E2`, `D8`) and the agency's `ر` (`D8`) are looked for only where such a byte is.
    let unusual = written.bytes().any(|b| b == 0xE2 || b == 0xD8);
    // Read without the direction marks a point may carry.
    let unmarked: std::borrow::Cow<'_, str> = if unusual && written.contains(is_direction_mark) {
        written.chars().filter(|&c| !is_direction_mark(c)).collect()
    } else {
        written.into()
    };
    // An agency's decimal read as the decimal it stands for (the Arabic decimal mark, which
    // is never a thousands separator).
    let swapped = unusual
        .then(|| unmarked.split_once('ر'))
        .flatten()
        .map(|(fraction, whole)| format!("{whole}٫{fraction}"));
    let body = swapped.as_deref().unwrap_or(&unmarked);
    let slashes = body.bytes().filter(|&b| b == b'/').count();
    let colons = body.bytes().filter(|&b| b == b':').count();
    if slashes == 2 {
        return Some(item(src, (start, end), NumberKind::Date, None, None));
    }
    if (colons >= 1 && slashes == 0) || is_clock_after_hour_word(text, start, body) {
        return Some(item(src, (start, end), NumberKind::Time, None, None));
    }
    if slashes > 0 || colons > 0 {
        return None;
    }
    let digits = body.chars().filter(|&c| is_digit(c)).count();
    let plain = digits == body.chars().count();
    if plain && digits >= 8 {
        return None; // a phone number or an identifier
    }
    let mut start = start;
    let mut end = end;
    let mut exponent = 0;

    // An ordinal: the article attached (`الـ24`, `ال24`) or after its stroke (`الـ 15 من`).
    // Before a scale or a counted noun the article is the noun's, and the number counts it
    // (`خلال الـ24 ساعة الماضية`, the past 24 hours; `الـ 5 عقود`); after a plural with the
    // article it counts what that names (`السنوات الـ 25 الماضية`, `الموقوفين الـ 50`).
    let before = &text[..start];
    let article = ARTICLE_BEFORE_DIGITS
        .into_iter()
        .find(|a| before.ends_with(a));
    if let Some(article) = article {
        let next = next_word(text, end);
        let scaled = next
            .as_ref()
            .is_some_and(|w| folded_scales().iter().any(|(scale, _)| *scale == w.folded));
        let (kind, unit, _) = measure(src, end, next.as_ref());
        let counts = || counted(src, next.as_ref()).is_some();
        let plural_before = || {
            previous_word(text, start - article.len()).is_some_and(|w| {
                // (`للدول`, for the states, is `ل` and `الدول`.)
                let joined = w.folded.strip_prefix("لل").map(|rest| format!("ال{rest}"));
                let w = joined.as_deref().unwrap_or(&w.folded);
                let sound = w.chars().nth(4).is_some()
                    && (w.ends_with("ات") || w.ends_with("ين") || w.ends_with("ون"))
                    && w != "الاثنين";
                w.starts_with("ال") && (sound || BROKEN_PLURALS.contains(w))
            })
        };
        if !scaled && kind == NumberKind::Count && unit.is_none() && !counts() && !plural_before() {
            start -= article.len();
            let value = value_of(body, 0);
            return Some(item(src, (start, end), NumberKind::Ordinal, value, None));
        }
    }

    // `(750) ريالا`, `( 21 ) يوماً`, `«4» اتحادات`: a number in brackets or quotation marks,
    // with what it counts after them.
    let enclosure = enclosed(text, start, end);
    let after_from = enclosure.map_or(end, |(_, close)| close);
    // Scale word, percent, currency, counted noun: in that order after the digits.
    // One scale word, or two in a row (`۲۸۱ هزار میلیارد`).
    let mut after = next_word(text, after_from);
    // `17 يوليو` (17 July), `9 يونيو (حزيران) 2015`: a day and its month, and the year
    // where one follows, are a date. (Not a score: `3-صفر`, three-nil.)
    if plain
        && digits <= 2
        && after
            .as_ref()
            .is_some_and(|w| w.folded.starts_with(is_letter) && is_month(&w.folded))
        && value_of(body, 0).is_some_and(|day| (1.0..=31.0).contains(&day))
    {
        let to = date_from_day(text, end);
        return Some(item(src, (start, to), NumberKind::Date, None, None));
    }
    // A number written in full, in groups of three (`(69,965,144) مليون ريال`), already says
    // how many: the scale word after it repeats it, and is read as part of it at no value.
    let in_full = !plain && written_in_full(body);
    // After a scale word in the accusative (`ألفاً`, `مليوناً`) the number is whole: no counted
    // noun follows it (`60 ألفاً يعيشون في خيام`, sixty thousand live in tents).
    let mut noun_follows = true;
    let mut scale_read = false;
    for _ in 0..2 {
        let Some(word) = &after else { break };
        let Some(&(_, power)) = folded_scales().iter().find(|(w, _)| *w == word.folded) else {
            break;
        };
        noun_follows = !word.folded.ends_with('ا');
        exponent += if in_full { 0 } else { power };
        scale_read = true;
        end = word.end;
        after = next_word(text, end);
    }
    // `(13) ألف ريال`: a scale word after the bracket takes the bracket's pair in with it.
    if let Some((open, _)) = enclosure
        && scale_read
    {
        start = open;
    }
    let value = value_of(body, exponent);
    let (mut kind, mut unit, measured_end) = measure(src, end, after.as_ref());
    end = measured_end;
    if char_before(text, start) == Some('$') {
        start -= 1;
        kind = NumberKind::Money;
        unit = Some("$".into());
    }

    // Dates with month names: `23 يوليو 2021`, `يونيو /حزيران 2020`.
    let year_like = plain && digits == 4 && value.is_some_and(|v| (1000.0..=2100.0).contains(&v));
    if kind == NumberKind::Count && year_like {
        let mut from = start;
        let mut saw_month = false;
        while let Some(word) = previous_word(text, from) {
            let bare = without_marks(&word.folded);
            if is_month(bare) || (saw_month && bare.is_empty()) {
                saw_month |= is_month(bare);
                from = word.start;
            } else {
                break;
            }
        }
        if saw_month {
            if let Some(day) = previous_word(text, from)
                && day.folded.chars().all(|c| c.is_ascii_digit())
                && day.folded.len() <= 2
            {
                from = day.start;
            }
            return Some(item(src, (from, end), NumberKind::Date, None, None));
        }
        let hijri = char_at(text, end) == Some('ه')
            || next_word(text, end).is_some_and(|w| w.folded == "ه" || w.folded == "هـ");
        // `2000 شخص`, `1900 متر`: a round hundred before an Arabic noun it counts is a count.
        // (Any other number is a year before such a word as often as not: the word after a
        // year is often the next clause's, `2015 شهدت`. A noun joined to `ل` or `و` is
        // always taken for that: `كأس العالم 2000 لكرة القدم`.)
        let counts_noun = || {
            value.is_some_and(|v| v % 100.0 == 0.0)
                && counted(src, after.as_ref()).is_some_and(|unit| {
                    unit.starts_with(|c| ('\u{0621}'..='\u{064A}').contains(&c))
                        && !unit.starts_with(['ل', 'و'])
                })
                && !after
                    .as_ref()
                    .is_some_and(|w| ERA_WORDS.contains(&w.folded))
                && !previous_word(text, start).is_some_and(|w| YEAR_WORDS.contains(&w.folded))
        };
        if ((1900.0..=2100.0).contains(&value.unwrap_or(0.0)) && !counts_noun()) || hijri {
            return Some(item(src, (start, end), NumberKind::Year, value, None));
        }
    }
    // `عام 1898`, `سنة 1384`, `العام 408 للهجرة`: a year of any age the words around it name.
    // With the article, the word may be a year of its own, the number a count of the noun
    // after it (`هذا العام 596 رجلا`, `عدد أيام السنة 365 يوما`).
    let named_year = || {
        // (Every year word has `عام` or `سن` as written: other words are not folded to ask.)
        let written = text[..start].trim_end_matches(' ');
        let written = &written[written.rfind(' ').map_or(0, |k| k + 1)..];
        (written.contains("عام") || written.contains("سن"))
            && previous_word(text, start).is_some_and(|w| {
                YEAR_WORDS.contains(&w.folded)
                    && (!w.folded.starts_with("ال") || counted(src, after.as_ref()).is_none())
            })
            || after
                .as_ref()
                .is_some_and(|w| ERA_WORDS.contains(&w.folded))
    };
    if kind == NumberKind::Count
        && plain
        && exponent == 0
        && (3..=4).contains(&digits)
        && named_year()
    {
        return Some(item(src, (start, end), NumberKind::Year, value, None));
    }
    if kind == NumberKind::Count && noun_follows {
        unit = counted(src, after.as_ref());
    }
    Some(item(src, (start, end), kind, value, unit))
}

#[cfg(test)]
mod tests;
