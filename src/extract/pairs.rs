//! The two sides: a statement by `الطرفان` (the two parties), `البلدان` (the two countries), or
//! by a dual verb with no subject (`ذكرا فيه أن`, the two of them said in it) is by the last
//! pair of countries or capitals the article named before it (`بغداد وواشنطن`, `العراق
//! والولايات المتحدة`), written as the article writes them.

use super::words::{clean, is_word_char, strip_proclitic};
use crate::text::normalize::{fold, fold_char, folded};

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

/// The first words of [`PLACES`], which every word that may open a pair is looked up in.
fn first_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static FIRST: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    FIRST.get_or_init(|| {
        PLACES
            .iter()
            .filter_map(|place| place.split(' ').next())
            .collect()
    })
}

/// Whether a folded word is a place of [`PLACES`] by itself (`واشنطن`, not `الولايات`).
pub(super) fn is_place(folded: &str) -> bool {
    // Looked up by hash: every speaker's last word is asked.
    static PLACE_SET: crate::text::normalize::FoldedList =
        crate::text::normalize::FoldedList::new(PLACES);
    PLACE_SET.contains(folded)
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

/// The words of a text as pairs are looked for in them: each as written (cleaned, a hashtag's
/// words apart), whether it stands inside quotation marks, and its fold, made when first asked
/// for: most words are never compared with a place, and a search for the last pair stops at it.
struct Words<'t> {
    written: Vec<&'t str>,
    quoted: Vec<bool>,
    folded: Vec<std::cell::OnceCell<String>>,
}

impl<'t> Words<'t> {
    /// The words of `text`, their marks followed a paragraph at a time.
    fn new(text: &'t str) -> Self {
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
        let folded = written.iter().map(|_| std::cell::OnceCell::new()).collect();
        Self {
            written,
            quoted,
            folded,
        }
    }

    /// Word `at` folded.
    fn folded(&self, at: usize) -> &str {
        self.folded[at].get_or_init(|| fold(self.written[at]))
    }

    /// How many of the words from `at` to `end` make a place of [`PLACES`], if they do; with
    /// `joined`, the first must open with the conjunction `و`, which is left out of the
    /// comparison (a word whose first kept letter is not `و` once folded is turned away
    /// without being folded whole).
    fn place_at(&self, at: usize, end: usize, joined: bool) -> Option<usize> {
        if at >= end {
            return None;
        }
        if joined && self.written[at].chars().find_map(fold_char) != Some('و') {
            return None;
        }
        let first = self.folded(at);
        let first = if joined {
            first.strip_prefix('و')?
        } else {
            first
        };
        // Most words are no place's first word; the rest are compared a part at a time,
        // without collecting a place's parts.
        if !first_words().contains(first) {
            return None;
        }
        PLACES.iter().find_map(|place| {
            let mut parts = place.split(' ');
            (parts.next() == Some(first)).then_some(())?;
            let mut len = 1;
            for part in parts {
                (at + len < end && self.folded(at + len) == part).then_some(())?;
                len += 1;
            }
            Some(len)
        })
    }

    /// The pair whose second place starts at word `second_at`, as written: a place joined by
    /// `و`, and before it the longest place that ends there; outside quotation marks, or after
    /// `بين` (between).
    fn pair_at(&self, second_at: usize) -> Option<String> {
        let end = self.written.len();
        let second = self.place_at(second_at, end, true)?;
        let first = (1..=second_at.min(3))
            .rev()
            .find(|&len| self.place_at(second_at - len, second_at, false) == Some(len))?;
        let pair = second_at - first..second_at + second;
        let between = pair
            .start
            .checked_sub(1)
            .is_some_and(|before| matches!(self.folded(before), "بين" | "وبين"));
        (between || !self.quoted[pair.clone()].contains(&true))
            .then(|| self.written[pair].join(" "))
    }
}

/// The last pair of places named in `text` as two sides; see [`first_pair`].
pub(super) fn last_pair(text: &str) -> Option<String> {
    let words = Words::new(text);
    (1..words.written.len())
        .rev()
        .find_map(|second_at| words.pair_at(second_at))
}

/// The first pair of places named in `text` as the two sides of something (`بغداد وواشنطن`), as
/// written, punctuation and hashtag marks left out: outside quotation marks, or after `بين`
/// (between). Another pair inside a quotation (`"… لأمن العراق وسوريا"`) is what someone
/// said, not who is speaking.
pub(super) fn first_pair(text: &str) -> Option<String> {
    let words = Words::new(text);
    (1..words.written.len()).find_map(|second_at| words.pair_at(second_at))
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
        // After a statement, the first pair named; the conjunction with a haraka too.
        let text = "وقالت بغداد وَواشنطن، ثم زار باريس ولندن";
        assert_eq!(first_pair(text).as_deref(), Some("بغداد وَواشنطن"));
        assert_eq!(last_pair(text).as_deref(), Some("باريس ولندن"));
        assert_eq!(first_pair("قال مسؤولون في بغداد"), None);
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
