//! The two sides: a statement by `الطرفان` (the two parties), `البلدان` (the two countries), or
//! by a dual verb with no subject (`ذكرا فيه أن`, the two of them said in it) is by the last
//! pair of countries or capitals the article named before it (`بغداد وواشنطن`, `العراق
//! والولايات المتحدة`), written as the article writes them.

use super::words::{clean, is_word_char, strip_proclitic};
use crate::text::normalize::{fold, folded};

/// Dual references to two parties already named, folded, in both cases (`الطرفان`,
/// `الطرفين`).
const DUALS: &[&str] = &[
    "الطرفان",
    "الطرفين",
    "البلدان",
    "البلدين",
    "الجانبان",
    "الجانبين",
    "الدولتان",
    "الدولتين",
    "الحكومتان",
    "الحكومتين",
];

/// Speech verbs in the dual (folded, without proclitics): their subject is two parties.
const DUAL_VERBS: &[&str] = &["قالا", "اكدا", "ذكرا", "شددا"];

/// Countries and capitals that news reports pair (`بغداد وواشنطن`), folded; a name of several
/// words is written with single spaces.
const PLACES: &[&str] = &[
    "العراق",
    "بغداد",
    "الولايات المتحده",
    "امريكا",
    "اميركا",
    "واشنطن",
    "ايران",
    "طهران",
    "السعوديه",
    "المملكه العربيه السعوديه",
    "الرياض",
    "مصر",
    "القاهره",
    "سوريا",
    "سوريه",
    "دمشق",
    "لبنان",
    "بيروت",
    "الاردن",
    "عمان",
    "تركيا",
    "انقره",
    "روسيا",
    "موسكو",
    "الصين",
    "بكين",
    "فرنسا",
    "باريس",
    "بريطانيا",
    "لندن",
    "المانيا",
    "برلين",
    "اسراييل",
    "تل ابيب",
    "قطر",
    "الدوحه",
    "الكويت",
    "البحرين",
    "الامارات",
    "ابوظبي",
    "اليمن",
    "صنعاء",
    "ليبيا",
    "طرابلس",
    "السودان",
    "الخرطوم",
    "الجزاير",
    "المغرب",
    "الرباط",
    "تونس",
    "باكستان",
    "افغانستان",
    "كابول",
    "الهند",
    "اليابان",
    "طوكيو",
    "اوكرانيا",
    "كييف",
    "الاتحاد الاوروبي",
    "بروكسل",
];

/// Whether a folded word is a place of [`PLACES`] by itself (`واشنطن`, not `الولايات`).
pub(super) fn is_place(folded: &str) -> bool {
    PLACES.contains(&folded)
}

/// Whether a speaker phrase (tidied words) is a dual reference standing alone (with more words,
/// as in `الطرفان العراقي والأميركي`, the phrase names the sides itself).
pub(super) fn is_dual_reference(words: &[&str]) -> bool {
    matches!(words, [only] if DUALS.contains(&&*folded(only)))
}

/// Whether a cue, given folded, is a speech verb in the dual (`ذكرا`, `وأكدا`).
pub(super) fn is_dual_verb(folded_cue: &str) -> bool {
    DUAL_VERBS.contains(&strip_proclitic(folded_cue))
}

/// How many of `words` (cleaned, folded, a hashtag's `#` and `_` undone) from the first make a
/// place of [`PLACES`], if they do; with `joined`, the first must open with the conjunction
/// `و`, which is left out of the comparison.
fn place_at(words: &[String], joined: bool) -> Option<usize> {
    let first = words.first()?;
    let first = if joined {
        first.strip_prefix('و')?
    } else {
        first.as_str()
    };
    // Every word opening with `و` is asked against every place: compared a part at a time,
    // without collecting a place's parts.
    PLACES.iter().find_map(|place| {
        let mut parts = place.split(' ');
        (parts.next() == Some(first)).then_some(())?;
        let mut len = 1;
        for part in parts {
            (words.get(len).map(String::as_str) == Some(part)).then_some(())?;
            len += 1;
        }
        Some(len)
    })
}

/// The last pair of places named in `text` as two sides; see [`pairs`].
pub(super) fn last_pair(text: &str) -> Option<String> {
    pairs(text).pop()
}

/// The pairs of places named in `text` as the two sides of something (`بغداد وواشنطن`), in text
/// order, as written, punctuation and hashtag marks left out: outside quotation marks, or
/// after `بين` (between). Another pair inside a quotation (`"… لأمن العراق وسوريا"`) is what
/// someone said, not who is speaking.
pub(super) fn pairs(text: &str) -> Vec<String> {
    // Each word as written (cleaned) and folded, with whether it stands inside quotation
    // marks; a hashtag's words are separate words. Marks are followed a paragraph at a time.
    let mut written = Vec::new();
    let mut quoted = Vec::new();
    for paragraph in text.split('\n') {
        let mut inside = false;
        for word in paragraph.split_whitespace() {
            let opens = word.starts_with(['«', '“', '"']) && !inside;
            let closes = word
                .trim_end_matches(|c: char| !is_word_char(c) && !super::quotes::is_mark(c))
                .ends_with(['»', '”', '"'])
                && (inside || opens);
            inside |= opens;
            let cleaned = clean(word);
            let cleaned = cleaned.strip_prefix('#').unwrap_or(cleaned);
            for part in cleaned.split('_').filter(|w| !w.is_empty()) {
                written.push(part);
                quoted.push(inside);
            }
            inside &= !closes;
        }
    }
    let folded: Vec<String> = written.iter().map(|w| fold(w)).collect();
    // A place joined by `و`, and before it the longest place that ends there.
    (1..folded.len())
        .filter_map(|second_at| {
            let second = place_at(&folded[second_at..], true)?;
            let first = (1..=second_at.min(3))
                .rev()
                .find(|&len| place_at(&folded[second_at - len..second_at], false) == Some(len))?;
            let pair = second_at - first..second_at + second;
            let between = pair
                .start
                .checked_sub(1)
                .is_some_and(|before| matches!(folded[before].as_str(), "بين" | "وبين"));
            (between || !quoted[pair.clone()].contains(&true)).then(|| written[pair].join(" "))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_pair_named_is_found_as_written() {
        assert_eq!(
            last_pair("وأصدرت #بغداد وواشنطن بياناً مشتركاً،").as_deref(),
            Some("بغداد وواشنطن")
        );
        assert_eq!(
            last_pair("بين العراق والولايات المتحدة، وجه الكاظمي").as_deref(),
            Some("العراق والولايات المتحدة")
        );
        // The nearer of two pairs.
        assert_eq!(
            last_pair("زار طهران وأنقرة ثم التقى في باريس ولندن وزيرين").as_deref(),
            Some("باريس ولندن")
        );
        assert_eq!(
            last_pair("#المملكة_العربية_السعودية وروسيا").as_deref(),
            Some("المملكة العربية السعودية وروسيا")
        );
        // Places not joined by `و`, or one place only, are no pair.
        assert_eq!(last_pair("من بغداد إلى واشنطن"), None);
        assert_eq!(last_pair("قال مسؤولون في بغداد"), None);
        assert_eq!(last_pair("الولايات وإيران"), None);
        // Not inside a quotation.
        assert_eq!(
            last_pair(
                "بين العراق والولايات المتحدة. وقال إن \"داعش يهدد العراق وسوريا، ويهدد\" المنطقة"
            )
            .as_deref(),
            Some("العراق والولايات المتحدة")
        );
        assert_eq!(
            last_pair("وقال: «نريد أمن بغداد وطهران» مضيفاً").as_deref(),
            None
        );
        // Unless they are the two sides of something.
        assert_eq!(
            last_pair("وقال: «الحوار بين بغداد وطهران مستمر» مضيفاً").as_deref(),
            Some("بغداد وطهران")
        );
    }

    #[test]
    fn dual_references_and_verbs() {
        assert!(is_dual_reference(&["الطرفان"]));
        assert!(is_dual_reference(&["البلدين"]));
        assert!(!is_dual_reference(&["الطرفان", "العراقي"]));
        assert!(!is_dual_reference(&["الطرف"]));
        assert!(is_dual_verb(&fold("ذكرا")));
        assert!(is_dual_verb(&fold("وأكّدا")));
        assert!(!is_dual_verb(&fold("ذكر")));
        assert!(!is_dual_verb(&fold("مشيرا")));
    }
}
