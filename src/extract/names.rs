//! Names as an article writes them: full names from hashtags (`#أنتوني_بلينكن`), the first
//! name written before a surname (`first`), and a person's name closing or opening a
//! description of them (`descriptions`) or after an honorific, rank, profession or nationality
//! (`honorific`).
//! Speakers are resolved to these ([`super::speaker`]).

use super::words::{
    BLESSING_SET, BODY_SET, HONORIFIC_SET, INSTITUTIONS, PERSON_TITLE_SET, PREPOSITIONS, RANKS,
    STOP_SET, clean, folded_clean, is_cue, is_word_char, strip_proclitic,
};
use std::borrow::Cow;

mod descriptions;
mod first;
mod honorific;
pub(super) use descriptions::{
    end_of_closing_name, name_closing_description, name_closing_title, name_opening_description,
};
pub(super) use first::{
    hashtag_names, is_common_first_name, is_first_name, opens_full_name, shaped_as_no_first_name,
    son_named, surely_first_name, words_before,
};
pub(super) use honorific::{is_honoured_rank, name_after_honorific, name_after_profession};

/// Whether a folded word can be a person's surname: not a body or document ([`BODIES`],
/// `التقرير`), an honorific ([`HONORIFICS`], `معاليه`) or a country or capital (`باريس`).
pub(super) fn can_be_surname(folded: &str) -> bool {
    !(BODY_SET.contains(folded) || HONORIFIC_SET.contains(folded) || super::pairs::is_place(folded))
}

/// Whether a folded word ties a description to its institution or place (`للدفاع`,
/// `بالعاصمة`, `في`): no word of a name does, so a name in a description ends before it.
fn ties_to_place(folded: &str) -> bool {
    folded.starts_with("لل") || folded.starts_with("بال") || folded == "في"
}

/// Words, folded, for a region, province or city (`منطقة`, `المحافظة`): after `في` they place
/// a description (`المدير العام للتعليم في منطقة عسير`), which a name may still close.
const PLACES: &[&str] = &["منطقه", "محافظه", "مدينه", "المنطقه", "المحافظه", "المدينه"];

/// Whether a folded word is a region, province or city ([`PLACES`]), perhaps after `ب` or `ل`
/// (`بمدينة`): the word after it is the place's name (`بمدينة عرعر`).
pub(super) fn names_a_place(folded: &str) -> bool {
    let bare = folded.strip_prefix(['ب', 'ل']).unwrap_or(folded);
    PLACES.contains(&folded) || PLACES.contains(&bare)
}

/// Where `في` (in) may lead a description on to the name that closes it, besides an
/// institution or a city's municipality, which it always enters.
#[derive(Clone, Copy)]
pub(super) struct InLeadsOn {
    /// Into a region, province or city ([`PLACES`]: `المدير العام للتعليم في منطقة عسير`).
    pub regions: bool,
    /// Into the country or capital a title serves in, before a common first name (`سفير
    /// لبنان السابق في واشنطن عبد الله بوحبيب`).
    pub countries: bool,
}

/// What `في` led a description on into ([`InLeadsOn::at`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LedInto {
    /// An institution or a city's municipality.
    Institution,
    /// A region, province or city.
    Region,
    /// A country or capital, with a common first name after it: the word after the place
    /// is that name, even `علي`, which folds as `على` (on).
    Country,
}

impl InLeadsOn {
    /// Into anything it may lead on to.
    pub(super) const ANYWHERE: Self = Self {
        regions: true,
        countries: true,
    };

    /// What `word`, folded, leads the description on into, where it is `في`, given the word
    /// after it folded and the one after that as written: an institution ([`INSTITUTIONS`]:
    /// `مسؤول في إدارة بايدن`, `المتحدث الرسمي في وزارة الصحة`) or a city's municipality (`في
    /// أمانة الأحساء`; `أمانة` is honesty too, so it is no institution where a name may end),
    /// or what `self` allows. Not a country before `على` (on), which folds as `علي` (`مسؤول
    /// أمني يشرف في القاهرة على`).
    pub(super) fn at(self, word: &str, next: Option<&str>, after: Option<&str>) -> Option<LedInto> {
        let next = next.filter(|_| word == "في")?;
        if INSTITUTIONS.contains(&next) || next == "امانه" {
            Some(LedInto::Institution)
        } else if self.regions && PLACES.contains(&next) {
            Some(LedInto::Region)
        } else if self.countries
            && super::pairs::is_place(next)
            && after.is_some_and(|a| clean(a) != "على" && is_common_first_name(&folded_clean(a)))
        {
            Some(LedInto::Country)
        } else {
            None
        }
    }
}

/// Whether two folded words are `أمين عام` (secretary general): a title, where `أمين` alone is
/// as often a first name (`أمين معلوف`).
pub(super) fn secretary_general(first: &str, second: Option<&str>) -> bool {
    first == "امين" && second == Some("عام")
}

/// Whether a folded title is a supervisor's (`المشرف العام على`, `مشرفة`), which `على` (over)
/// joins to what is supervised, as a preposition joins no other title.
pub(super) fn oversees(title: &str) -> bool {
    title
        .strip_prefix("ال")
        .unwrap_or(title)
        .starts_with("مشرف")
}

/// Whether a folded word links a name to the father's (`بن`, `ابن`, son of; `بنت`, daughter of).
pub(super) fn is_link(folded: &str) -> bool {
    matches!(folded, "بن" | "ابن" | "بنت")
}

/// Whether the folded `word` is the name Ali rather than `على` (on), which folds the same, given
/// the folded words before it (`previous`, and `earlier` before that) and after it (`next`):
/// after a link to the father's name, `أبو` or a rank (`أحمد بن علي`, `أبو علي`, `المقدم علي
/// بن عمير`) but not after a family's name (`آل الشيخ على`), or before a link (`علي بن محمد`).
pub(super) fn is_ali(
    word: &str,
    previous: Option<&str>,
    earlier: Option<&str>,
    next: Option<&str>,
) -> bool {
    word == "علي"
        && ((previous.is_some_and(|p| is_link(p) || p == "ابو" || RANKS.contains(&p))
            && earlier != Some("ال"))
            || next.is_some_and(is_link))
}

/// [`is_ali`] for the word at `k` of the folded words `folded`, of which those from `from` on
/// are read.
pub(super) fn is_ali_at(folded: &[Cow<'_, str>], k: usize, from: usize) -> bool {
    let at = |i: usize| (i >= from).then(|| folded.get(i)).flatten().map(|w| &**w);
    is_ali(
        &folded[k],
        k.checked_sub(1).and_then(at),
        k.checked_sub(2).and_then(at),
        at(k + 1),
    )
}

/// Whether a folded word opens a compound name with the word after it (`عبد العزيز`, `أبو بكر`).
fn opens_compound(folded: &str) -> bool {
    matches!(folded, "عبد" | "ابو" | "ابي")
}

/// Whether a folded word is the title of a king, prince or imam, after which a first name may
/// be whom a place or body is named after (`مدينة الملك عبدالله الرياضية`, `جامعة الإمام محمد بن
/// سعود`) rather than a speaker.
pub(super) fn names_a_namesake(folded: &str) -> bool {
    matches!(folded, "الملك" | "الامير" | "الاميره" | "الامام")
}

/// Whether folded words read as a person's name and nothing more: a first name (two words
/// where it opens a compound, `عبد الله`), names after links (`بن صالح`), and a surname with
/// the article or a family's name last (`العمري`, `الجار الله`, `آل الشيخ`): `عمر بن صالح العمري`, not `عمرو
/// حادث التفجير` (a name and what a verb acts on). `الدين` and `الله` close a first name
/// (`حسام الدين`), no surname.
pub(super) fn is_name_with_surname(folded: &[Cow<'_, str>]) -> bool {
    if folded.is_empty() || !folded.iter().all(|w| w.chars().all(is_word_char)) {
        return false;
    }
    let step = |k: usize| if opens_compound(&folded[k]) { 2 } else { 1 };
    let mut k = step(0);
    while k + 1 < folded.len() && is_link(&folded[k]) {
        k += 1 + step(k + 1);
    }
    let surname = |w: &str| w.starts_with("ال") && !matches!(w, "ال" | "الدين" | "الله");
    match &folded[k.min(folded.len())..] {
        [last] => surname(last),
        // (`الجار الله`, a family name ending with `الله`, as `end_of_name` reads it.)
        [family, allah] if allah == "الله" => surname(family),
        [family, _] => family == "ال",
        _ => false,
    }
}

/// Whether folded words are formed as a name by more than their order: a link to the father's
/// name (`بن`) or a family's (`آل`, folded `ال`).
pub(super) fn formed_as_name(folded: &[Cow<'_, str>]) -> bool {
    folded.iter().any(|w| is_link(w) || w == "ال")
}

/// Whether a folded word is one of the person titles that open a description
/// ([`PERSON_TITLE_SET`]), as written (`المتحدث`) or with the article (`المدير` for `مدير`),
/// but a rank (`الأستاذ`, where `أستاذ` is the title professor).
pub(super) fn is_title_with_article(folded: &str) -> bool {
    PERSON_TITLE_SET.contains(folded)
        || (folded
            .strip_prefix("ال")
            .is_some_and(|bare| PERSON_TITLE_SET.contains(bare))
            && !RANKS.contains(&folded))
}

/// A person's name after a rank or honorific in a description (`words`, and `folded` the same
/// words folded: `مدير المشاريع المهندس محمد الربيعي`, `الرائد نايف الشريف المتحدث الرسمي`): the
/// words after the first rank, and any
/// rank right after it (`اللواء الركن`), up to a title, another rank, a word with a
/// preposition (`للدفاع`, `بالعاصمة`), a relative pronoun or the end; two to five of them.
pub(super) fn name_after_rank(words: &[&str], folded: &[Cow<'_, str>]) -> Option<String> {
    let is_rank = |w: &Cow<'_, str>| RANKS.contains(&&**w);
    let rank = folded.iter().position(is_rank)?;
    // `الملازم أول` (first lieutenant), `اللواء م.` (retired): part of the rank.
    let start = rank
        + folded[rank..]
            .iter()
            .enumerate()
            .take_while(|&(i, w)| is_rank(w) || (i > 0 && matches!(&**w, "اول" | "ثاني" | "م")))
            .count();
    // A rank word after `آل` or `بن` is a family's name (`عبداللطيف آل الشيخ`).
    let ends_name = |i: usize| {
        let w = &folded[i];
        let in_family_name = i > 0 && matches!(&*folded[i - 1], "ال" | "بن" | "ابن");
        (is_rank(w) && !in_family_name)
            || is_title_with_article(w)
            || secretary_general(w, folded.get(i + 1).map(|n| &**n))
            || ties_to_place(w)
            || matches!(strip_proclitic(w), "الذي" | "التي" | "الذين")
    };
    let len = (start..folded.len()).take_while(|&i| !ends_name(i)).count();
    (2..=5)
        .contains(&len)
        .then(|| words[start..start + len].join(" "))
}

/// Whether a folded word is a person's title or a rank (`وزير`, `الدكتور`, `سمو`).
pub(super) fn is_title_or_rank(folded: &str) -> bool {
    PERSON_TITLE_SET.contains(folded) || is_honoured_rank(folded)
}

/// Whether a folded word is a person's title, with the article or without
/// ([`is_title_with_article`]: `مدير`, `المدير`), or a rank (`الدكتور`, `سمو`).
pub(super) fn is_title_in_either_form_or_rank(folded: &str) -> bool {
    is_title_with_article(folded) || is_honoured_rank(folded)
}

/// Whether `word` is a person's title or rank, with or without the article and the feminine
/// ending (`السفيرة`).
pub(super) fn is_title_in_any_form(word: &str) -> bool {
    let folded = folded_clean(word);
    let bare = folded.trim_end_matches('ه');
    [bare, bare.strip_prefix("ال").unwrap_or(bare)]
        .into_iter()
        .any(is_title_or_rank)
}

/// Words, folded, that open what a verb acts on rather than go on with a name: `تلك الإجراءات`
/// (those measures), `عدم تنفيذ` (not carrying out), `بما يوليه` (with what he gives).
pub(super) const OBJECT_OPENERS: &[&str] =
    &["هذا", "هذه", "ذلك", "تلك", "هولاء", "عدم", "بما", "ان"];

/// First names, folded, that start with `و` as `and` does.
const WAW_NAMES: &[&str] = &[
    "وليد", "وايل", "وسام", "وحيد", "وديع", "وجدي", "وهيب", "وفاء", "وضاح",
];

/// Where a person's name starting at `start` in `folded` ends (exclusive): a first name and
/// up to two more (`أشرف لطيف تادرس`), `بن` links each followed by a name, compound names
/// (`عبد العزيز`, `أبو بكر`); it ends with a family name (`آل سعود`) or the first word with the
/// article (`الفيصل`), after the name a `بن` link leads to, or before a title, with the article
/// or without (`آرسين فينجر المدير الفني`), a word that opens what the verb acts on or a speech
/// verb (`مميش قائلا`); seven words at most.
pub(super) fn end_of_name(folded: &[Cow<'_, str>], start: usize) -> usize {
    let mut k = start;
    // Names read so far not led to by `بن`, and whether one was.
    let (mut plain, mut linked, mut after_link) = (0, false, false);
    while k < folded.len() && k - start < 7 {
        let word = &*folded[k];
        match word {
            "ال" => return (k + 2).min(folded.len()),
            // `دعا الأمير سعود بن نايف المولى أن يحمي` (prayed the Lord to protect): whom a
            // prayer asks, after the name.
            "المولي" if k > start => return k,
            w if is_link(w) => {
                (linked, after_link) = (true, true);
                k += 1;
                continue;
            }
            // (`الجار الله`: a family name of two words, the second `الله`.)
            w if w.starts_with("ال")
                && !is_title_or_rank(w)
                && !is_title_with_article(w)
                && !PREPOSITIONS.contains(&w)
                && !STOP_SET.contains(w) =>
            {
                return k + 1 + usize::from(folded.get(k + 1).is_some_and(|n| n == "الله"));
            }
            // A family name after the links (`إيهاب بن حسن أبوركبة`).
            w if linked && !after_link && w.starts_with("ابو") => return k + 1,
            _ => {}
        }
        // `عبدالقادر دعم واهتمام`: a word after `و` (and) joins another noun, not a name.
        let joined = k > start && word.starts_with('و') && !WAW_NAMES.contains(&word);
        // (`علي بن محمد`: before a link to the father's name, `علي` is Ali, not `على`.)
        let ali = is_ali_at(folded, k, start);
        let ends = !ali
            && (joined
                || OBJECT_OPENERS.contains(&word)
                || PREPOSITIONS.contains(&word)
                || STOP_SET.contains(word)
                // (`مسفر بن سفير`: after a link, a title's word is the father's name.)
                || (is_title_with_article(word) && !after_link)
                || is_cue(word)
                || (!after_link && (linked || plain == 3)));
        if ends {
            return k;
        }
        k += if opens_compound(word) { 2 } else { 1 };
        plain += usize::from(!after_link);
        after_link = false;
    }
    // A link with no name after it (`إبراهيم بن` at the end) is no part of the name.
    k.min(folded.len()) - usize::from(after_link)
}

/// Words, folded, for a person a description is about rather than the one it describes
/// (`شقيق الشهيد …`, the martyr's brother; `محامي …`, the lawyer of): the name after one is
/// someone else's.
pub(super) const ABOUT_ANOTHER: &[&str] = &[
    "شقيق",
    "شقيقه",
    "والد",
    "والده",
    "ابن",
    "ابنه",
    "نجل",
    "نجله",
    "زوج",
    "زوجه",
    "ارمله",
    "اخ",
    "اخت",
    "عم",
    "خال",
    "محامي",
    "محاميه",
    "مكتب",
    "صديق",
    "الشهيد",
    "الفقيد",
    "الراحل",
    "اللاعب",
    "الفنان",
    "الفنانه",
    "الطالب",
    "المتهم",
    "الضحيه",
    "المواطن",
    "الشاعر",
    "الكاتب",
    "الداعيه",
    "حمله",
    "اسره",
    "عايله",
    "مقربون",
    "مقرب",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::folded;

    /// The lists are compared with folded words, so each is written folded.
    #[test]
    fn every_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[OBJECT_OPENERS, WAW_NAMES, ABOUT_ANOTHER]);
    }

    #[test]
    fn a_name_with_a_surname_is_told_from_a_name_and_what_follows_it() {
        let shaped = |words: &str| {
            let folds: Vec<Cow<'_, str>> = words.split(' ').map(folded).collect();
            is_name_with_surname(&folds)
        };
        for name in [
            "مبارك العصيمي",
            "عمر بن صالح العمري",
            "عبد الفتاح السيسي",
            "محمد بن عبد الله آل عمرو",
            "أحمد الجار الله",
        ] {
            assert!(shaped(name), "{name}");
        }
        assert!(!is_name_with_surname(&[]));
        for words in [
            "محمد",
            "عبد",
            "حسام الدين",
            "أحمد عبد الله",
            "عمرو حادث التفجير",
            "وسام فتوح بقوة المصارف",
            "عبد العزيز الرويلي،أن",
        ] {
            assert!(!shaped(words), "{words}");
        }
    }

    #[test]
    fn a_name_ends_at_its_surname_family_or_what_follows_it() {
        for (words, name) in [
            ("أنور البراك عدم تنفيذ", "أنور البراك"),
            ("أحمد الجار الله في تصريحات", "أحمد الجار الله"),
            (
                "عبد العزيز بن عبد الله آل الشيخ مفتي",
                "عبد العزيز بن عبد الله آل الشيخ",
            ),
            (
                "فيصل بن سلمان بن عبد العزيز شكره",
                "فيصل بن سلمان بن عبد العزيز",
            ),
            ("أشرف لطيف تادرس وجود علاقة", "أشرف لطيف تادرس"),
            ("إيهاب بن حسن أبوركبة", "إيهاب بن حسن أبوركبة"),
            ("عبدالقادر دعم واهتمام", "عبدالقادر دعم"),
            ("سلمان بن عبدالعزيز إلى", "سلمان بن عبدالعزيز"),
            ("إبراهيم بن", "إبراهيم"),
            // `علي` after a link or before one is Ali, not `على` (on), which folds the same.
            ("محمد بن علي الحربي", "محمد بن علي الحربي"),
            ("خالد علي بن محمد", "خالد علي بن محمد"),
            // After a link, a title's word is the father's name; anywhere else it ends the name.
            ("مسفر بن سفير الخثعمي", "مسفر بن سفير الخثعمي"),
            ("عبدالله المعلمي سفير المملكة", "عبدالله المعلمي"),
        ] {
            let words: Vec<&str> = words.split(' ').collect();
            let folds: Vec<Cow<'_, str>> = words.iter().map(|w| folded(w)).collect();
            assert_eq!(words[..end_of_name(&folds, 0)].join(" "), name);
        }
    }
}
