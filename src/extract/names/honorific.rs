//! The person a description calls by an honorific, a rank, a profession or a nationality (`سمو
//! الأمير خالد الفيصل أمير المنطقة` → `خالد الفيصل`, `المحامية بيان زهران` → `بيان زهران`).

use super::descriptions::joined_to_particle;
use super::{end_of_closing_name, is_first_name, is_link, opens_compound};
use crate::extract::pairs::is_place;
use crate::extract::words::{HONOURED, PERSON_TITLE_SET, RANKS, STOP_SET};
use std::borrow::Cow;

/// Whether a folded word is a rank or an honoured title in front of a name (`الدكتور`, `سمو`).
pub(in crate::extract) fn is_honoured_rank(folded: &str) -> bool {
    RANKS.contains(&folded) || HONOURED.contains(&folded)
}

/// The name of a person a description calls by an honorific or a rank (`words`, and `folded`
/// the same words folded: `سماحة مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ` →
/// `عبدالعزيز بن عبدالله آل الشيخ`, `سمو الأمير خالد الفيصل أمير المنطقة` → `خالد الفيصل`):
/// after the first of them that a name follows, a first name, its `بن` (son of) links, and a
/// family name (`آل نهيان`) or a surname with the article (`الفيصل`); two words at least.
pub(in crate::extract) fn name_after_honorific(
    words: &[&str],
    folded: &[Cow<'_, str>],
) -> Option<String> {
    let is_rank = is_honoured_rank;
    let is_title = |w: &str| PERSON_TITLE_SET.contains(w.strip_prefix("ال").unwrap_or(w));
    // A surname with the article, not a word such as `الذي` (who) or `إلى` (to) after a name.
    let is_surname =
        |w: &str| w.starts_with("ال") && !is_rank(w) && !is_title(w) && !STOP_SET.contains(w);
    let mut k = 0;
    // The name is looked for near the honorific, not in the rest of the description.
    while k < folded.len().min(16) {
        if !is_rank(&folded[k]) {
            k += 1;
            continue;
        }
        while k < folded.len() && is_rank(&folded[k]) {
            k += 1;
        }
        let start = k;
        if !words.get(start).is_some_and(|w| is_first_name(w)) || is_title(&folded[start]) {
            continue;
        }
        // A compound name is two words (`عبد العزيز`, `أبو بكر`): the second, with the
        // article, is no surname.
        let name_at = |at: usize| {
            let compound = opens_compound(&folded[at]) && at + 1 < folded.len();
            at + 1 + usize::from(compound)
        };
        let mut end = name_at(start);
        while end + 1 < folded.len() && is_link(&folded[end]) {
            end = name_at(end + 1);
        }
        if end + 1 < folded.len() && folded[end] == "ال" {
            end += 2;
        } else if end < folded.len() && is_surname(&folded[end]) {
            end += 1;
        }
        if end - start >= 2 {
            return Some(words[start..end].join(" "));
        }
        k = end;
    }
    None
}

/// Professions, folded, with the article, that a description calls a person by before the
/// name, as a rank (`المحامية بيان زهران`, the lawyer Bayan Zahran; `الروائي ديفيد غروسمان`).
const PROFESSIONS: &[&str] = &[
    "المحامي",
    "المحاميه",
    "الاعلامي",
    "الاعلاميه",
    "القانوني",
    "الاقتصادي",
    "الداعيه",
    "الروايي",
    "الرواييه",
    "الكاتب",
    "الكاتبه",
    "الشاعر",
    "الشاعره",
    "الفنان",
    "الفنانه",
    "المطرب",
    "المطربه",
    "الممثل",
    "الممثله",
    "المخرج",
    "المخرجه",
    "الناشط",
    "الناشطه",
    "الباحث",
    "الباحثه",
    "المحلل",
    "المورخ",
    "الصحافي",
    "الصحافيه",
    "الصحفي",
    "الصحفيه",
    "المصرفي",
    "القاضي",
    "القاضيه",
    "القيادي",
    "القياديه",
    "المدعي",
    "الدبلوماسي",
    "المغني",
    "المغنيه",
    "المسرحي",
    "التشكيلي",
    "الفلكي",
    "الاخصايي",
    "الاخصاييه",
];

/// Whether a folded word is a nationality (`الألماني`, `الكويتي`, `الفرنسي`): the article,
/// a country's name and `ي`, the country as [`is_place`] knows it, with or without the
/// article, `ا` or `يا` (`ألمانيا`, `فرنسا`). A surname of the same shape (`القذافي`,
/// `الحوثي`) names no country, nor does a nationality of a country the list lacks.
fn is_nationality(folded: &str) -> bool {
    // (The country with the article is the word without its `ي`; only the forms with an
    // ending are written out, into one buffer.)
    let Some(defined) = folded.strip_suffix('ي') else {
        return false;
    };
    let Some(stem) = defined
        .strip_prefix("ال")
        .filter(|stem| stem.chars().count() >= 3)
    else {
        return false;
    };
    if is_place(stem) || is_place(defined) {
        return true;
    }
    let mut place = String::with_capacity(stem.len() + 4);
    ["ا", "يا"].iter().any(|ending| {
        place.clear();
        place.push_str(stem);
        place.push_str(ending);
        is_place(&place)
    })
}

/// The name after the profession or nationality opening a description (`words`, and `folded`
/// the same words folded) and any adjective of it (`المحلل السياسي ناجي السامعي` → `ناجي
/// السامعي`): a first name and the rest of the name, two words at least, as
/// [`end_of_closing_name`] reads it.
pub(in crate::extract) fn name_after_profession(
    words: &[&str],
    folded: &[Cow<'_, str>],
) -> Option<String> {
    let first = folded.first()?;
    if !PROFESSIONS.contains(&&**first) && !is_nationality(first) {
        return None;
    }
    let start = 1 + folded[1..]
        .iter()
        .take_while(|w| w.starts_with("ال"))
        .count();
    // (Not a word joined to `و` or a preposition, unless a common first name: `المحلل السياسي
    // وعضو قوى 14 آذار`, `الناشط المختص بحقوق الإنسان`.)
    if !words.get(start).is_some_and(|w| is_first_name(w)) || joined_to_particle(&folded[start]) {
        return None;
    }
    let end = end_of_closing_name(words, folded, start);
    (end >= start + 2).then(|| words[start..end].join(" "))
}

#[cfg(test)]
mod tests {
    /// The list is compared with folded words, so it is written folded.
    #[test]
    fn the_list_is_written_folded() {
        crate::text::normalize::assert_written_folded(&[super::PROFESSIONS]);
    }

    #[test]
    fn a_nationality_names_a_country_and_a_surname_of_its_shape_does_not() {
        use crate::text::normalize::fold;
        for word in ["الألماني", "الكويتي", "المصري", "الفرنسي", "اللبناني"]
        {
            assert!(super::is_nationality(&fold(word)), "{word}");
        }
        for word in ["القذافي", "الحوثي", "السيسي", "البارزاني", "الكوراني"]
        {
            assert!(!super::is_nationality(&fold(word)), "{word}");
        }
    }
}
