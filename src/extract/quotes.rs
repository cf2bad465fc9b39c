//! Direct quotations: spans inside quotation marks, in every style news pages use (`« »`,
//! `“ ”`, `" "`, `„ “`, `‹ ›`, Hebrew `״`, and broken pairs such as a reversed `”` opening or
//! `″` closing), across paragraph breaks, with at least three words, names and titles in
//! marks left out; a term in guillemets inside guillemets is part of the quotation. An opening
//! mark that never closes yields nothing and swallows nothing.
//! Speakers and cues are added afterwards, in text order, by [`super::speaker`].

use super::Source;
use super::scan::{self, char_at, char_before};
use super::words::is_letter;
use crate::text::is_hebrew_letter;
use crate::text::normalize::{FoldedList, fold};
use crate::text::words::more_words_than;

/// Opening marks and the marks that may close them.
fn closers(open: char) -> &'static [char] {
    match open {
        '«' => &['»'],
        '“' => &['”', '″', '“'],
        '”' => &['”', '“', '″'],
        '„' => &['“', '”'],
        '‹' => &['›'],
        '"' => &['"'],
        '״' => &['״'],
        _ => &[],
    }
}

/// Whether `c` is a mark that may open a quotation (one [`closers`] knows), tested by
/// comparisons alone so that blocks of characters are tested at once.
pub(super) fn is_mark(c: char) -> bool {
    (c == '«') | (c == '“') | (c == '”') | (c == '„') | (c == '‹') | (c == '"') | (c == '״')
}

/// How far past its paragraph a quotation may run looking for its closing mark.
const MAX_PARAGRAPHS: usize = 3;

/// Words before a quotation that make it a name or a title, not a statement.
const TITLE_WORDS: &[&str] = &[
    "صحيفة",
    "جريدة",
    "وكالة",
    "منظمة",
    "قناة",
    "موقع",
    "مجلة",
    "شركة",
    "برنامج",
    "كتاب",
    "فيلم",
    "مسلسل",
    "حزب",
    "حركة",
    "جمعية",
    "مؤسسة",
    "هيئة",
    "مركز",
    "مبادرة",
    "حملة",
    "عملية",
    "تطبيق",
    "منصة",
    "مشروع",
    "مهرجان",
    "جائزة",
    "نادي",
    "فريق",
    "مستشفى",
    "جامعة",
    "مجلس",
    "معرض",
    "ملتقى",
    "مؤتمر",
    "لجنة",
    "اتحاد",
    "جماعة",
    "جبهة",
    "تنظيم",
];
static TITLES: FoldedList = FoldedList::new(TITLE_WORDS);

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Whether the mark at byte `i` can open a quotation: something to quote follows it, and
/// before it is the start, a space, an opening bracket or colon, or a one-letter proclitic
/// (`لـ"إعادة`). A space after a mark lets it open only after a colon (`وقال: " أريد …"`):
/// elsewhere a straight mark with spaces around it closes as often as it opens.
fn can_open(text: &str, i: usize) -> bool {
    let Some(mark) = char_at(text, i) else {
        return false;
    };
    let Some(next) = char_at(text, i + mark.len_utf8()) else {
        return false;
    };
    if closers(mark).contains(&next) {
        return false;
    }
    if is_space(next) {
        let after_colon = text[..i].trim_end_matches(' ').ends_with(':');
        let then = text[i + mark.len_utf8()..]
            .trim_start_matches(' ')
            .chars()
            .next();
        return after_colon && then.is_some_and(|c| !is_space(c) && !is_mark(c));
    }
    let Some(before) = char_before(text, i) else {
        return true;
    };
    if is_space(before) || matches!(before, ':' | '(' | '[' | '«' | '“' | '،' | '-' | '—') {
        return true;
    }
    // A proclitic letter or a tatweel after one, itself after a space: لـ" بـ" و" ل" ו"
    let proclitic = |c: char| matches!(c, 'ل' | 'ب' | 'و' | 'ف' | 'ك') || is_hebrew_prefix(c);
    let two_before = char_before(text, i - before.len_utf8());
    match before {
        'ـ' => two_before.is_some_and(proclitic),
        c if proclitic(c) => two_before.is_none_or(is_space),
        _ => false,
    }
}

/// Whether the mark at byte `i` can close a quotation: it follows text, and is not the
/// gershayim of a Hebrew abbreviation.
fn can_close(text: &str, i: usize) -> bool {
    char_before(text, i).is_some_and(|c| !is_space(c)) && !in_hebrew_abbreviation(text, i)
}

/// The Hebrew letters written before a word as prefixes (`ו`, `ה`, `ב`, `ל`, `מ`, `ש`, `כ`),
/// and so before a quotation mark opening a quoted word (`ו"השם"`).
fn is_hebrew_prefix(c: char) -> bool {
    matches!(c, 'ו' | 'ה' | 'ב' | 'ל' | 'מ' | 'ש' | 'כ')
}

/// Whether the `"` or `״` at byte `i` is the gershayim of a Hebrew abbreviation (`דוא"ל`,
/// `צה"ל`, `ע"י`): between two Hebrew letters, after more than a lone prefix letter.
fn in_hebrew_abbreviation(text: &str, i: usize) -> bool {
    let Some(mark @ ('"' | '״')) = char_at(text, i) else {
        return false;
    };
    let Some(before) = char_before(text, i) else {
        return false;
    };
    let lone_prefix = char_before(text, i - before.len_utf8()).is_none_or(is_space);
    is_hebrew_letter(before)
        && char_at(text, i + mark.len_utf8()).is_some_and(is_hebrew_letter)
        && !(lone_prefix && is_hebrew_prefix(before))
}

/// The most bytes a pair of guillemets inside a quotation may hold (a term or a name in
/// marks, `«… «انقلاباً» …»`, a few words): a longer one is no pair inside it.
const MAX_NESTED: usize = 64;

/// The most pairs of guillemets one quotation may hold (`«تنظيم «داعش» … «حزب الله» وحركة
/// «حماس»، …»`): past that, the guillemet before them is taken for one never closed, and its
/// pairs for quotations of their own.
const MAX_NESTED_PAIRS: usize = 3;

/// Where the `»` closing the guillemet that opens at byte `at` inside a quotation stands: the
/// next guillemet, close by, in the same paragraph, after no sentence's end. `None` where
/// that is no `»` (a quoted sentence is no term inside another: `«المجنون «. وأبلغ … «قررت
/// … مؤقت.»` is a mark written the wrong way round, and a quotation after it).
fn nested_close(text: &str, at: usize) -> Option<usize> {
    let start = at + '«'.len_utf8();
    let end = text.len().min(start + MAX_NESTED);
    let mut from = start;
    // `«` and `»` are written `C2 AB` and `C2 BB`; a line break ends the paragraph.
    while let Some(found) = memchr::memchr3(0xC2, b'\n', b'\r', &text.as_bytes()[from..end]) {
        let next = from + found;
        match char_at(text, next) {
            Some('»') => {
                let inside = text[start..next].trim_end();
                return (!inside.ends_with(['.', '!', '?', '؟'])).then_some(next);
            }
            Some('«' | '\n' | '\r') | None => return None,
            Some(c) => from = next + c.len_utf8(),
        }
    }
    None
}

/// The closing mark of the quotation opened at byte `open`, if it closes within reach: before
/// [`MAX_PARAGRAPHS`] more paragraphs, and before anything that opens a new quotation with the
/// same mark (then the first one was never closed). A guillemet's quotation may hold pairs of
/// guillemets close by, passed over whole ([`nested_close`]: a term or a name quoted inside
/// it), where it then closes in its paragraph; else it is read as though it held none.
fn find_close(text: &str, open: usize) -> Option<usize> {
    let nesting = char_at(text, open) == Some('«');
    nesting
        .then(|| find_close_with(text, open, MAX_NESTED_PAIRS))
        .flatten()
        .or_else(|| find_close_with(text, open, 0))
}

/// [`find_close`], passing over at most `most_pairs` pairs of guillemets inside the quotation.
fn find_close_with(text: &str, open: usize, most_pairs: usize) -> Option<usize> {
    let mark = char_at(text, open)?;
    // Only line breaks, the mark and its closers matter; the bytes between are skipped by the
    // block search (a quotation holds hundreds of them).
    fn matters<B: scan::Bytes>(first: B, second: B) -> B::Answer {
        first.is(b'\n') | scan::may_start_mark(first, second)
    }
    let mut paragraphs = 0;
    let mut from = open + mark.len_utf8();
    // A quotation opened with a space after its mark may close with one before its closer
    // (`: " أريد أن أؤكد … "`).
    let spaced = char_at(text, from).is_some_and(is_space);
    // The pairs inside passed over: the quotation must then close in its paragraph, or it is
    // taken for one never closed (and the pairs are found on their own).
    let mut nested = 0;
    while let Some(i) = scan::find_pair(text.as_bytes(), from, matters) {
        let Some(c) = char_at(text, i) else { break };
        from = i + c.len_utf8();
        if c == '\n' && nested > 0 {
            return None;
        }
        if c == '\n' && char_at(text, from).is_some_and(|n| n != '\n' && n != '\r') {
            paragraphs += 1;
            if paragraphs > MAX_PARAGRAPHS {
                return None;
            }
        }
        // (A word right after the mark opens a new quotation rather than closing this one.)
        let opens_a_word = || {
            c == mark
                && can_open(text, i)
                && char_at(text, i + c.len_utf8()).is_some_and(char::is_alphanumeric)
        };
        if most_pairs > 0
            && mark == '«'
            && paragraphs == 0
            && c == mark
            && can_open(text, i)
            && let Some(inner) = nested_close(text, i)
        {
            if nested == most_pairs {
                return None;
            }
            from = inner + '»'.len_utf8();
            nested += 1;
            continue;
        }
        if closers(mark).contains(&c) && (can_close(text, i) || (spaced && !opens_a_word())) {
            return Some(i);
        }
        if c == mark && can_open(text, i) && !can_close(text, i) {
            return None;
        }
    }
    None
}

/// Words of a sentence, never of a name (compared folded): is not, did not, will not, has,
/// was, must, he, she. (`لا` and `إن` are left out: `«لا غازيتا ديللو سبورت»`, `«سي إن إن»`.)
const SENTENCE_WORDS: &[&str] = &["ليس", "لم", "لن", "قد", "كان", "يجب", "هو", "هي"];

/// Whether the quoted words name something (a paper, an organisation, a programme) rather than
/// reproduce speech: a few words after a title word or opening with one, none of them a word
/// only a sentence has (`«تنظيم داعش ليس له علاقة بالإسلام»` is speech).
fn is_name_or_title(text: &str, open: usize, inner: &str) -> bool {
    if more_words_than(inner, 6) {
        return false;
    }
    let first = inner
        .split_whitespace()
        .next()
        .map(fold)
        .unwrap_or_default();
    let start = text[..open].trim_end_matches(is_space).len();
    let word_start = text[..start].trim_end_matches(|c| !is_space(c)).len();
    let before = fold(&text[word_start..start]);
    let before = before.trim_matches(|c: char| !is_letter(c));
    // Only quoted words after or opening with a title word are folded a word at a time.
    (is_title_word(before) || is_title_word(&first))
        && !inner
            .split_whitespace()
            .any(|w| SENTENCE_WORDS.contains(&fold(w).as_str()))
}

/// Whether a folded word names a kind of title (`صحيفة`, `وكالة`, `برنامج`), with or without
/// the article and a proclitic (`الصحيفة`, `لصحيفة`, `بالصحيفة`): quoted words after it are a
/// name.
pub(super) fn is_title_word(folded: &str) -> bool {
    let with_article = |r: &str| TITLES.contains(r.strip_prefix("ال").unwrap_or(r));
    TITLES.contains(folded)
        || with_article(folded)
        || folded
            .strip_prefix(['ل', 'ب', 'و'])
            .is_some_and(with_article)
}

/// A quotation: the span inside its marks, and where its opening mark stands (byte offsets).
pub struct Quotation {
    /// The opening mark.
    pub open: usize,
    /// First byte inside the marks, spaces trimmed.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// The closing mark.
    pub close: usize,
}

/// Every quotation in the article.
pub fn find(src: &Source<'_>) -> Vec<Quotation> {
    let text = src.text;
    let mut items = Vec::new();
    let mut i = 0;
    // Straight to the next byte that can start a mark.
    let hebrew = memchr::memchr(0xD7, text.as_bytes()).is_some();
    while let Some(at) = scan::find_mark(text.as_bytes(), i, hebrew) {
        i = src.after_char(at);
        if !char_at(text, at).is_some_and(is_mark) || !can_open(text, at) || src.in_furniture(at) {
            continue;
        }
        let Some(close) = find_close(text, at) else {
            continue;
        };
        let after_close = src.after_char(close);
        // The span: inside the marks, trimmed of white space.
        let inside = &text[i..close];
        let start = close - inside.trim_start_matches(is_space).len();
        let end = i + inside.trim_end_matches(is_space).len();
        let end = end.max(start);
        let inner = src.str(start, end);
        // Marks inside a name are not a statement; look inside for nothing more.
        i = after_close;
        // Three words or more (counted only as far as the third: a quotation can be long).
        if !more_words_than(inner, 2) || is_name_or_title(text, at, inner) {
            continue;
        }
        items.push(Quotation {
            open: at,
            start,
            end,
            close,
        });
    }
    items
}

#[cfg(test)]
mod tests;
