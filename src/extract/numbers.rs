//! Numbers written with digits — ASCII, Arabic-Indic or Persian — with what belongs to them: a
//! scale word that multiplies them (`500 ألف`), a percent sign, a currency, the counted noun
//! (`2500 جندي`), and what they are: dates (`23/07/2021`, `يونيو /حزيران 2020`), times
//! (`03:53`), years, ordinals (`الـ24`). Digits inside names and codes (`B‑2`, `F-16`,
//! `COVID-19`), in links, and long digit strings (phone numbers) are not numbers.

mod lists;

use super::scan::{self, char_at, char_before};
use super::words::{is_letter, is_word_char};
use super::{Item, Kind, NumberKind, Source};
use crate::text::normalize::folded;
use lists::{
    CURRENCIES, NOT_UNITS, PERCENT_PHRASES, folded_scales, is_month, percent_phrase_openers,
};

/// The value of a digit in any of the three scripts.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        _ => None,
    }
}

/// Whether `c` is a digit of the three scripts ([`digit`]), by arithmetic alone so that blocks
/// of characters are tested at once.
fn is_digit(c: char) -> bool {
    let code = c as u32;
    (code.wrapping_sub('0' as u32) < 10)
        | (code.wrapping_sub('٠' as u32) < 10)
        | (code.wrapping_sub('۰' as u32) < 10)
}

/// Decimal and thousands marks in their real uses.
fn is_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '،' | '٫' | '٬')
}

/// A word of the text: its byte range and its folded form (borrowed from the text where
/// folding changes nothing).
struct Word<'t> {
    start: usize,
    end: usize,
    folded: std::borrow::Cow<'t, str>,
}

/// The word starting at or after byte `from`, skipping spaces (not crossing a line break).
fn next_word(text: &str, from: usize) -> Option<Word<'_>> {
    let rest = text.get(from..)?;
    let start = text.len() - rest.trim_start_matches(' ').len();
    let word = &text[start..];
    let length = scan::first_white(word);
    // Trailing punctuation is not part of the word.
    let word = word[..length].trim_end_matches(|c: char| {
        c.is_ascii_punctuation() || matches!(c, '،' | '؛' | '؟' | '…' | '»' | '”')
    });
    let end = start + word.len();
    (end > start).then(|| Word {
        start,
        end,
        folded: folded(word),
    })
}

/// The word ending just before byte `before`, skipping spaces.
fn previous_word(text: &str, before: usize) -> Option<Word<'_>> {
    let end = text.get(..before)?.trim_end_matches(' ').len();
    let start = text[..end]
        .trim_end_matches(|c: char| !c.is_whitespace())
        .len();
    (end > start).then(|| Word {
        start,
        end,
        folded: folded(&text[start..end]),
    })
}

/// Parses digits and separators into a value times ten to the power `exponent`, the scale
/// words that follow (which make a lone separator a decimal mark: `2.6 مليون`). The scale is
/// applied to the decimal text before it becomes a binary number, so `4.1 مليار` is
/// 4100000000 exactly, not 4.1 × 10⁹ = 4099999999.9999995.
fn value_of(body: &str, exponent: i32) -> Option<f64> {
    // Whole numbers in ASCII digits, nearly every number: read straight, exactly as their
    // decimal text would be (below 10^15, under the 2^53 where doubles stop being whole).
    if exponent == 0 && (1..=15).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_digit()) {
        let whole = body.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        return Some(whole as f64);
    }
    let scaled = exponent != 0;
    let seps: Vec<(usize, char)> = body
        .char_indices()
        .filter(|&(_, c)| is_separator(c))
        .collect();
    let decimal_at = match seps.as_slice() {
        [] => None,
        [(i, c)] => {
            let after = body[i + c.len_utf8()..].chars().count();
            match c {
                '٫' => Some(*i),
                '٬' => None,
                _ if after == 3 && !scaled => None,
                _ => Some(*i),
            }
        }
        many => {
            let (last_i, last_c) = many[many.len() - 1];
            let same = many.iter().all(|(_, c)| *c == last_c);
            (!same).then_some(last_i)
        }
    };
    // The digits, a point and an exponent of at most three digits, sized at once.
    let mut text = String::with_capacity(body.len() + 5);
    for (i, c) in body.char_indices() {
        if let Some(d) = digit(c) {
            text.push(char::from_digit(d, 10)?);
        } else if Some(i) == decimal_at {
            text.push('.');
        }
    }
    if scaled {
        text.push('e');
        text.push_str(itoa::Buffer::new().format(exponent));
    }
    text.parse().ok()
}

/// Whether the digits starting at byte `start` belong to a name or code (`B‑2`, `F-16`,
/// `كوفيد-19`) or a link.
fn in_name_or_code(text: &str, start: usize) -> bool {
    let Some(before) = char_before(text, start) else {
        return false;
    };
    if matches!(before, '-' | '‑' | '_') {
        return char_before(text, start - before.len_utf8()).is_some_and(is_word_char);
    }
    if before.is_ascii_alphabetic() {
        return true;
    }
    // A link or an address around the digits.
    let token_start = text[..start]
        .trim_end_matches(|c: char| !c.is_whitespace())
        .len();
    let token = &text[token_start..start];
    token.contains("://") || token.contains("www.") || token.contains('@')
}

/// Every number in the article.
pub fn find(src: &Source<'_>) -> Vec<Item> {
    let text = src.text;
    // An article gives a handful of numbers: room for them at once.
    let mut items = Vec::with_capacity(8);
    let mut i = 0;
    // Straight to the next digit.
    while let Some(start) = scan::find_pair(text.as_bytes(), i, scan::starts_digit) {
        i = src.after_char(start);
        if char_before(text, start).is_some_and(is_digit) {
            continue;
        }
        // The body: digits with separators, colons or slashes between digits.
        let mut end = start;
        while let Some(c) = char_at(text, end) {
            let digit_follows = || char_at(text, end + c.len_utf8()).is_some_and(is_digit);
            let more = is_digit(c)
                || (matches!(c, '.' | ',' | '،' | '٫' | '٬' | ':' | '/')
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
        i = end;
        if in_name_or_code(text, start) {
            continue;
        }
        if let Some((item_end, item)) = number_at(src, start, end) {
            i = i.max(item_end);
            items.push(item);
        }
    }
    items
}

/// Whether `body`, at byte `start`, is a time of day written with a point after `الساعة` (the
/// hour): `الساعة 7.30` is half past seven, not seven and three tenths.
fn is_clock_after_hour_word(text: &str, start: usize, body: &str) -> bool {
    let Some((hours, minutes)) = body.split_once('.') else {
        return false;
    };
    let number = |digits: &str| digits.chars().try_fold(0, |n, c| Some(n * 10 + digit(c)?));
    let clock = (1..=2).contains(&hours.chars().count())
        && minutes.chars().count() == 2
        && number(hours).is_some_and(|h| h <= 24)
        && number(minutes).is_some_and(|m| m < 60);
    clock && previous_word(text, start).is_some_and(|w| w.folded.ends_with("الساعه"))
}

/// Where a date written with spaces around its slashes (`20 / 10 / 1436`, `3 /3 /1436`)
/// that starts at byte `start` ends: day and month of one or two digits, a year of two or
/// four, at most one space on either side of each slash, and at least one space in all (the
/// date without them is read as any number is).
fn spaced_date(text: &str, start: usize) -> Option<usize> {
    let mut at = start;
    let mut spaced = false;
    let digits = |at: &mut usize| {
        let from = *at;
        while let Some(c) = char_at(text, *at).filter(|&c| is_digit(c)) {
            *at += c.len_utf8();
        }
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

/// Where an agency's decimal (`333ر10`, 10.333) ends, when the plain digits `start..end` are
/// its fraction: `ر` right after them, then the whole part's digits, then no letter. Groups
/// of thousands set off the same way (`951ر625ر34`) are no decimal.
fn agency_decimal(text: &str, start: usize, end: usize) -> Option<usize> {
    if !text[start..end].chars().all(is_digit)
        || char_at(text, end) != Some('ر')
        || char_before(text, start) == Some('ر')
    {
        return None;
    }
    let from = end + 'ر'.len_utf8();
    let digits = text.get(from..)?.chars().take_while(|&c| is_digit(c));
    let whole_end = from + digits.map(char::len_utf8).sum::<usize>();
    let next = char_at(text, whole_end);
    let ends = next.is_none_or(|c| c != 'ر' && !is_letter(c));
    (whole_end > from && ends).then_some(whole_end)
}

/// The number of `kind` written between bytes `start` and `end`, its value and unit, and where
/// it ends.
fn item(
    src: &Source<'_>,
    (start, end): (usize, usize),
    kind: NumberKind,
    value: Option<f64>,
    unit: Option<String>,
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

/// The number whose digits are bytes `start..end`, with what belongs to it, and where it ends.
fn number_at(src: &Source<'_>, start: usize, end: usize) -> Option<(usize, Item)> {
    let text = src.text;
    let written = src.str(start, end);
    // An agency's decimal read as the decimal it stands for (the Arabic decimal mark, which
    // is never a thousands separator).
    let swapped = written
        .split_once('ر')
        .map(|(fraction, whole)| format!("{whole}٫{fraction}"));
    let body = swapped.as_deref().unwrap_or(written);
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
    let mut kind = NumberKind::Count;
    let mut unit = None;
    let mut exponent = 0;

    // An ordinal: the article attached (`الـ24`, `ال24`).
    let before = &text[..start];
    let article = ["الـ", "ال"].into_iter().find(|a| before.ends_with(a));
    if let Some(article) = article {
        start -= article.len();
        let value = value_of(body, 0);
        return Some(item(src, (start, end), NumberKind::Ordinal, value, None));
    }

    // Scale word, percent, currency, counted noun: in that order after the digits.
    // One scale word, or two in a row (`۲۸۱ هزار میلیارد`).
    let mut after = next_word(text, end);
    // After a scale word in the accusative (`ألفاً`, `مليوناً`) the number is whole: no counted
    // noun follows it (`60 ألفاً يعيشون في خيام`, sixty thousand live in tents).
    let mut noun_follows = true;
    for _ in 0..2 {
        let Some(word) = &after else { break };
        let Some(&(_, power)) = folded_scales().iter().find(|(w, _)| *w == word.folded) else {
            break;
        };
        noun_follows = !word.folded.ends_with('ا');
        exponent += power;
        end = word.end;
        after = next_word(text, end);
    }
    let value = value_of(body, exponent);
    let percent_at = |at: usize| char_at(text, at).filter(|&c| c == '%' || c == '٪');
    if let Some(sign) = percent_at(end) {
        end += sign.len_utf8();
        kind = NumberKind::Percent;
    } else if let Some(sign) = percent_at(end + 1)
        && char_at(text, end) == Some(' ')
    {
        end += 1 + sign.len_utf8();
        kind = NumberKind::Percent;
    } else if let Some(word) = &after {
        // Two words (`في المائة`) only when one is not enough, and the first opens a phrase.
        let opens_phrase = || percent_phrase_openers().contains(&&*word.folded);
        let two = || next_word(text, word.end).map(|w| format!("{} {}", word.folded, w.folded));
        let percent = PERCENT_PHRASES.contains(&word.folded)
            || word.folded.starts_with("درصد")
            || (opens_phrase() && two().is_some_and(|t| PERCENT_PHRASES.contains(&t)));
        if percent {
            kind = NumberKind::Percent;
        } else if CURRENCIES
            .words()
            .iter()
            .any(|c| word.folded.starts_with(c.as_str()))
        {
            kind = NumberKind::Money;
            unit = Some(src.text(word.start, word.end));
        }
    }
    if char_before(text, start) == Some('$') {
        start -= 1;
        kind = NumberKind::Money;
        unit = Some("$".to_owned());
    }

    // Dates with month names: `23 يوليو 2021`, `يونيو /حزيران 2020`.
    let year_like = plain && digits == 4 && value.is_some_and(|v| (1000.0..=2100.0).contains(&v));
    if kind == NumberKind::Count && year_like {
        let mut from = start;
        let mut saw_month = false;
        while let Some(word) = previous_word(text, from) {
            let bare = word
                .folded
                .trim_matches(|c: char| c == '/' || c == '(' || c == ')');
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
        if (1900.0..=2100.0).contains(&value.unwrap_or(0.0)) || hijri {
            return Some(item(src, (start, end), NumberKind::Year, value, None));
        }
    }
    if kind == NumberKind::Count
        && noun_follows
        && let Some(word) = &after
        && !word.folded.is_empty()
        && word.folded.chars().all(is_letter)
        && !NOT_UNITS.contains(&word.folded)
        && !is_month(&word.folded)
    {
        unit = Some(src.text(word.start, word.end));
    }
    Some(item(src, (start, end), kind, value, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whole numbers read straight have the value their decimal text parses to.
        #[test]
        fn whole_numbers_read_straight_parse_the_same(n in 0u64..10_000_000_000_000, zeros in 0usize..3) {
            let body = format!("{}{n}", "0".repeat(zeros));
            proptest::prop_assert_eq!(value_of(&body, 0), body.parse::<f64>().ok());
        }
    }
    use crate::corpus::Article;

    /// Numbers of `text` as `(text, value, unit, kind)`.
    fn numbers(text: &str) -> Vec<(String, Option<f64>, Option<String>, NumberKind)> {
        let article = Article::new("t.txt".into(), None, text.into(), "UTF-8", text.len());
        let src = Source::new(&article);
        find(&src)
            .into_iter()
            .map(|i| {
                (
                    i.text,
                    i.value,
                    i.unit,
                    i.number_kind.expect("a number kind"),
                )
            })
            .collect()
    }

    #[test]
    fn the_digit_test_agrees_with_the_digit_values() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{FF10}', '\u{1D7CE}']) {
            assert_eq!(is_digit(c), digit(c).is_some(), "U+{:04X}", c as u32);
        }
    }

    fn one(text: &str) -> (String, Option<f64>, Option<String>, NumberKind) {
        let mut all = numbers(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.remove(0)
    }

    #[test]
    fn counts_with_their_noun_and_scale() {
        assert_eq!(
            one("يبلغ عدد القوات 2500 جندي في العراق"),
            (
                "2500".into(),
                Some(2500.0),
                Some("جندي".into()),
                NumberKind::Count
            )
        );
        assert_eq!(
            one("سنرسل 500 ألف جرعة من اللقاح"),
            (
                "500 ألف".into(),
                Some(500_000.0),
                Some("جرعة".into()),
                NumberKind::Count
            )
        );
        assert_eq!(one("نحو ٢,٦ مليون سائح").1, Some(2_600_000.0));
        assert_eq!(
            one("ولا يزال 60 ألفاً يعيشون في خيام"),
            ("60 ألفاً".into(), Some(60_000.0), None, NumberKind::Count)
        );
        assert_eq!(one("زارها 20 مليوناً العام الماضي").1, Some(20_000_000.0));
        // Words that count nothing are no unit.
        assert_eq!(one("قتل 12 منهم في الهجوم").2, None);
        assert_eq!(one("عينة من ١.٢٧٧ فردا").1, Some(1277.0));
    }

    #[test]
    fn an_agency_decimal_is_its_whole_part_and_its_fraction() {
        assert_eq!(
            one("عالجت المصافي 423ر2 مليون برميل يوميا"),
            (
                "423ر2 مليون".into(),
                Some(2_423_000.0),
                Some("برميل".into()),
                NumberKind::Count
            )
        );
        assert_eq!(one("ارتفعت بمقدار 88ر0 درجة").1, Some(0.88));
        assert_eq!(one("ارتفع 1ر11% في الربع").1, Some(11.1));
        // Thousands set off so, and a word run on after the digits, are no decimal.
        assert!(
            numbers("بتكلفة بلغت 951ر625ر34 ريالا")
                .iter()
                .all(|n| n.1.is_none_or(|v| v.fract() == 0.0))
        );
        assert_eq!(numbers("في 12رمضان").len(), 1);
    }

    #[test]
    fn a_scaled_decimal_is_the_whole_number_it_names() {
        // Multiplied as binary numbers, 4.1 × 10⁹ is 4099999999.9999995.
        assert_eq!(one("بلغت الصادرات 4.1 مليار ريال").1, Some(4_100_000_000.0));
        assert_eq!(one("גייסה 33.3 מיליון דולרים").1, Some(33_300_000.0));
        assert_eq!(one("بلغ 68.18 مليار").1, Some(68_180_000_000.0));
    }

    #[test]
    fn percent_and_money() {
        assert_eq!(one("بلغت النسبة ٣٧،١٪ هذا العام").1, Some(37.1));
        assert_eq!(one("بلغت النسبة ٣٧،١٪ هذا العام").3, NumberKind::Percent);
        assert_eq!(one("ارتفع 12 في المائة").3, NumberKind::Percent);
        assert_eq!(one("رشد ۳۰ درصدی داشت").3, NumberKind::Percent);
        assert_eq!(one("به ۲۸۱ هزار میلیارد ریال").1, Some(281e12));
        let money = one("بلغت 14.6 مليار دولار");
        assert_eq!(
            (money.1, money.2.as_deref(), money.3),
            (Some(14.6e9), Some("دولار"), NumberKind::Money)
        );
    }

    #[test]
    fn dates_times_years_ordinals() {
        assert_eq!(one("الجمعة 23/07/2021 ").3, NumberKind::Date);
        assert_eq!(one("الساعة 03:53 بتوقيت").3, NumberKind::Time);
        assert_eq!(one("وقعت عام 2008 بين").3, NumberKind::Year);
        let ordinal = one("الذكرى الـ24 لتأسيس");
        assert_eq!(
            (ordinal.0.as_str(), ordinal.1, ordinal.3),
            ("الـ24", Some(24.0), NumberKind::Ordinal)
        );
        let date = one("منذ يونيو /حزيران 2020 الماضي");
        assert_eq!(
            (date.0.as_str(), date.3),
            ("يونيو /حزيران 2020", NumberKind::Date)
        );
        assert_eq!(one("في ٢/٧/١٤٢٦ هـ").3, NumberKind::Date);
        for text in [
            "يوم 20 / 10 / 1436 هـ",
            "في 3 /3 /1436",
            "بتاريخ 13 /08 /2015 م",
        ] {
            assert_eq!(one(text).3, NumberKind::Date, "{text}");
        }
        // A fraction with spaces is no date.
        assert_eq!(numbers("الأسعار 20 / 10 من المنتجات").len(), 2);
        // A time written with a point after the hour word; elsewhere the point is a decimal.
        assert_eq!(
            one("وعند الساعة 7.15 تبدأ العروض"),
            ("7.15".into(), None, None, NumberKind::Time)
        );
        assert_eq!(one("ارتفع المؤشر 7.15 نقطة").3, NumberKind::Count);
    }

    #[test]
    fn names_codes_links_and_phones_are_not_numbers() {
        assert!(numbers("قاذفات B‑2 وطائرات F-16 ووباء COVID-19").is_empty());
        assert!(numbers("راجع https://example.com/a/2021 للمزيد").is_empty());
        assert!(numbers("اتصل على 0501234567").is_empty());
    }
}
