//! A person's name read out of a description that names them: closing it (`مدير المعرض أحمد
//! العمري`) or opening it (`باسكال كاميا المدير العام للفندق`).

use super::{
    ABOUT_ANOTHER, BLESSING_SET, INSTITUTIONS, PREPOSITIONS, STOP_SET, ali_is_a_name,
    can_be_surname, end_of_name, formed_as_name, is_first_name, is_honoured_rank, is_link,
    is_title_in_any_form, is_title_or_rank, is_title_with_article, is_word_char, opens_compound,
    oversees, places_description, secretary_general, ties_to_place,
};
use crate::extract::words::FIRST_NAME_SET;
use std::borrow::Cow;

/// The person's name closing a description no other rule read a name from (`words`, and
/// `folded` the same words folded): `مدير المعرض أحمد العمري` → `أحمد العمري`, `المتحدث
/// الرسمي لمركز الملك سلمان للإغاثة … رأفت الصباغ` → `رأفت الصباغ`. The description opens
/// with a title or a rank; the name opens with a common first name ([`FIRST_NAMES`]) or `عبد`
/// and runs to the end, two to six words of names, links and a surname, nothing tying it to
/// a place or an institution. Not after a preposition or a word for someone else (`شقيق`),
/// where the name is not the speaker's.
pub(in crate::extract) fn name_closing_description(
    words: &[&str],
    folded: &[Cow<'_, str>],
) -> Option<String> {
    let titled = |w: &str| is_title_with_article(w) || is_honoured_rank(w);
    if !folded
        .first()
        .is_some_and(|w| titled(w) || secretary_general(w, folded.get(1).map(|w| &**w)))
    {
        return None;
    }
    let len = folded.len();
    let belongs = |w: &Cow<'_, str>| {
        !(titled(w)
            || ties_to_place(w)
            || PREPOSITIONS.contains(&&**w)
            || STOP_SET.contains(w)
            || BLESSING_SET.contains(w))
    };
    for p in 1..len.saturating_sub(1) {
        let w = &*folded[p];
        // (`في منطقة عسير`, in the region of Asir, places the description, and a name may
        // follow.)
        let placed = places_description(w, folded.get(p + 1).map(|n| &**n))
            || (w == "علي" && oversees(&folded[0]));
        if (PREPOSITIONS.contains(&w) && !placed) || ABOUT_ANOTHER.contains(&w) {
            return None;
        }
        // After `بن` (son of) a name is the father's, after `بني` a tribe's (`بني مالك`); after
        // `الملك` (king) it may name an airport or a university (`مطار الملك عبدالعزيز`).
        let previous = &*folded[p - 1];
        let after_link = is_link(previous) || matches!(previous, "بني" | "الملك");
        let opens = w == "عبد" || FIRST_NAME_SET.contains(w);
        if !opens || after_link || !(2..=6).contains(&(len - p)) {
            continue;
        }
        // Without `بن` or `آل`, a first name and two more names at most, a compound (`عبد
        // الرحمن`, `أبو مازن`) counting as one.
        let compounds = folded[p..len - 1]
            .iter()
            .filter(|w| opens_compound(w))
            .count();
        let few = len - p - compounds <= 3;
        if (few || formed_as_name(&folded[p..]))
            && end_of_name(folded, p) == len
            && folded[p..].iter().all(|w| w.chars().all(is_word_char))
            && folded[p + 1..]
                .iter()
                .zip(&folded[p..])
                .all(|(w, before)| belongs(w) || (w == "علي" && ali_is_a_name(before)))
        {
            return Some(words[p..].join(" "));
        }
    }
    None
}

/// A person's name opening a description of them (`words`, and `folded` the same words folded):
/// the two or three words before the first title, `وهو` or `أحد` (`باسكال كاميا المدير العام
/// للفندق`, `محمد الشميمري المستشار المالي`, `فرج اقعيم وهو قائد ميداني`, `فهد الذياب أحد أشهر
/// الدلالين`), where none is a title, a rank, an institution or a preposition, the first no
/// body (`مصادر أمنية مسؤولة`), and only a surname after a first name has the article; and no
/// name closes the description (`أمين منطقة تبوك رئيس اللجنة محمد بن عبدالهادي العمري`). As the
/// guidelines ask, the name is the speaker, not its description.
pub(in crate::extract) fn name_opening_description(
    words: &[&str],
    folded: &[Cow<'_, str>],
) -> Option<String> {
    let title = folded
        .iter()
        .position(|w| is_title_with_article(w) || matches!(&**w, "وهو" | "وهي" | "احد" | "احدي"))?;
    let named_after = folded[title..]
        .iter()
        .any(|w| is_link(w) || is_honoured_rank(w));
    if !(2..=3).contains(&title) || named_after || !can_be_surname(&folded[0]) {
        return None;
    }
    let plain = |w: &Cow<'_, str>| {
        !(is_title_or_rank(w)
            || is_title_in_any_form(w)
            || INSTITUTIONS.contains(&&**w)
            || ties_to_place(w)
            || PREPOSITIONS.contains(&&**w)
            || STOP_SET.contains(w)
            // For (`متحدث باسم`), regarding, a region or city (`أمين منطقة جازان`, the
            // region's mayor), told, a club (`عضو نادي أحد`, of the Ohud club).
            || matches!(
                &**w,
                "باسم" | "بخصوص" | "منطقه" | "محافظه" | "مدينه" | "ابلغ" | "نادي"
            )
            || w.chars().any(|c| !is_word_char(c)))
    };
    let surname = title - 1;
    let articles_fit = folded[..title]
        .iter()
        .enumerate()
        .all(|(i, w)| !w.starts_with("ال") || (i == surname && is_first_name(words[0])));
    (articles_fit && folded[..title].iter().all(plain)).then(|| words[..title].join(" "))
}
