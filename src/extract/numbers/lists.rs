//! The words around a number that say what it is: scale words and their powers of ten,
//! currencies, percent phrases, month names, the words that make it a year, and the words
//! after a number that are not what it counts, in Arabic, Persian and Hebrew, each compared
//! folded.

use super::is_letter;
use crate::text::normalize::{FoldedList, fold};

/// Scale words and the powers of ten they multiply by.
const SCALES: &[(&str, i32)] = &[
    ("ألف", 3),
    // `60 ألفاً` (sixty thousand, in the accusative), and so on.
    ("ألفا", 3),
    ("آلاف", 3),
    ("الف", 3),
    ("مليون", 6),
    ("مليونا", 6),
    ("ملايين", 6),
    ("مليار", 9),
    ("مليارا", 9),
    ("مليارات", 9),
    ("بليون", 9),
    ("بليونا", 9),
    ("بلايين", 9),
    ("تريليون", 12),
    ("تريليونا", 12),
    ("تريليونات", 12),
    ("ترليون", 12),
    ("ترليونا", 12),
    ("ترليونات", 12),
    // The dual after the digit 2, which says two again (`2 مليوني ريال`, two million riyals).
    ("مليوني", 6),
    ("ملياري", 9),
    ("هزار", 3),
    ("میلیون", 6),
    ("میلیارد", 9),
    ("אלף", 3),
    ("מיליון", 6),
    ("מיליארד", 9),
];

/// [`SCALES`] with the words folded, for comparing with folded words.
pub(super) fn folded_scales() -> &'static [(String, i32)] {
    static CELL: std::sync::OnceLock<Vec<(String, i32)>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| SCALES.iter().map(|&(w, f)| (fold(w), f)).collect())
}

/// Currency words (folded prefixes) and the `$` sign.
const CURRENCY_WORDS: &[&str] = &[
    "دولار",
    "ريال",
    "دينار",
    "يورو",
    "درهم",
    "جنيه",
    "ليره",
    "تومان",
    "שקל",
    "דולר",
];

/// Percent phrases after a number (compared folded, as whole words).
const PERCENT_WORDS: &[&str] = &["في المائة", "في المئة", "بالمئة", "بالمائة", "درصد", "אחוז"];

/// Month names, Gregorian in both Arabic traditions and Hijri (compared folded).
const MONTH_NAMES: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "محرم",
    "صفر",
    "ربيع",
    "جمادى",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

/// Words after a number that are not what it counts: prepositions, particles, pronouns,
/// conjunctions with what they join, adverbs, and the few verbs and adjectives a number comes
/// before (`6 ملايين أخرى`, `78 مقابل 83`, `40 عندما`, `107 عالمياً`).
const NOT_UNIT_WORDS: &[&str] = &[
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "و",
    "أو",
    "ثم",
    "حتى",
    "منذ",
    "خلال",
    "بين",
    "قد",
    "كان",
    "كانت",
    "إن",
    "أن",
    "التي",
    "الذي",
    "العام",
    "هـ",
    "ه",
    "م",
    "بعد",
    "قبل",
    "عند",
    "لدى",
    "نحو",
    "حوالي",
    "فقط",
    "أيضا",
    "تقريبا",
    "منهم",
    "منها",
    "ذو",
    "ذي",
    "أمام",
    "وحتى",
    "بتوقيت",
    "مساء",
    "صباحا",
    "عندما",
    "بينما",
    "بعدما",
    "فيما",
    "حيث",
    "كما",
    "ما",
    "ممن",
    "مقابل",
    "عبر",
    "تحت",
    "داخل",
    "حول",
    "ضمن",
    "إثر",
    "غير",
    "أكثر",
    "أقل",
    "أخرى",
    "لكل",
    "كل",
    "بشأن",
    "بحلول",
    "بينهم",
    "بينها",
    "منه",
    "له",
    "لها",
    "لهم",
    "هو",
    "هي",
    "وهو",
    "وهي",
    "ومن",
    "وفي",
    "وعلى",
    "وإلى",
    "ولا",
    "لا",
    "لم",
    "لن",
    "لكن",
    "ولكن",
    "ذلك",
    "وذلك",
    "هذا",
    "هذه",
    "وهذا",
    "أمس",
    "انظر",
    "تم",
    "وتم",
    "وقد",
    "وكان",
    "حسب",
    "بحسب",
    "وفق",
    "وفقا",
    "سوف",
    // Adverbs: the rank or rate the number is (`107 عالمياً`, 107th worldwide; `500 يومياً`).
    "عالميا",
    "عربيا",
    "محليا",
    "دوليا",
    "يوميا",
    "اسبوعيا",
    "شهريا",
    "سنويا",
    "حاليا",
    "مجانا",
];

/// Words a preposition or conjunction is joined to after a number (`بمقدار`, `بتاريخ`,
/// `لعام`, `وإصابة`): with it, such a word starts a phrase of its own and is never the noun
/// the number counts.
const JOINED_WORDS: &[&str] = &[
    "مقدار",
    "قيمة",
    "نسبة",
    "تاريخ",
    "منطقة",
    "مشاركة",
    "عام",
    "سنة",
    "مجلس",
    "مؤسسة",
    "شركة",
    "أسهم",
    "جروح",
    "إصابة",
    "استقبال",
    "فاز",
];

/// Words before a number that say it is a year (`عام 1898`, `سنة 1384`, `بين عامي 1074`).
const YEAR_WORD_LIST: &[&str] = &[
    "عام",
    "العام",
    "لعام",
    "للعام",
    "بعام",
    "وعام",
    "عامي",
    "سنة",
    "السنة",
    "لسنة",
    "بسنة",
    "وسنة",
    "سنتي",
];

/// Words after a number that name its era (`408 للهجرة`, `1000 ميلادي`).
const ERA_WORD_LIST: &[&str] = &[
    "ميلادي",
    "ميلاديا",
    "ميلادية",
    "للميلاد",
    "هجري",
    "هجرية",
    "للهجرة",
];

/// Plurals not made with a suffix (`ات`, `ين`, `ون`), with the article, that stand before a
/// number they count (`الدول الـ 193`, `خلال الأشهر الـ 12`): the article before the digits is
/// theirs, not an ordinal's.
const BROKEN_PLURAL_LIST: &[&str] = &[
    "الدول",
    "الأشهر",
    "الشهور",
    "الأعوام",
    "الأيام",
    "الأسابيع",
    "الدقائق",
    "الأعضاء",
    "الضحايا",
    "القتلى",
    "الجرحى",
    "الأسرى",
    "الرهائن",
    "العناصر",
];

pub(super) static CURRENCIES: FoldedList = FoldedList::new(CURRENCY_WORDS);
pub(super) static BROKEN_PLURALS: FoldedList = FoldedList::new(BROKEN_PLURAL_LIST);
pub(super) static PERCENT_PHRASES: FoldedList = FoldedList::new(PERCENT_WORDS);
static MONTHS: FoldedList = FoldedList::new(MONTH_NAMES);
pub(super) static YEAR_WORDS: FoldedList = FoldedList::new(YEAR_WORD_LIST);
pub(super) static ERA_WORDS: FoldedList = FoldedList::new(ERA_WORD_LIST);
pub(super) static NOT_UNITS: FoldedList = FoldedList::new(NOT_UNIT_WORDS);
pub(super) static JOINED: FoldedList = FoldedList::new(JOINED_WORDS);

/// The first words of the percent phrases of two words (`في`), worked out once: nearly every
/// number is followed by a word that is asked whether it opens one.
pub(super) fn percent_phrase_openers() -> &'static [&'static str] {
    static OPENERS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    OPENERS.get_or_init(|| {
        PERCENT_PHRASES
            .words()
            .iter()
            .filter_map(|phrase| phrase.split_once(' ').map(|(first, _)| first))
            .collect()
    })
}

/// The article as written before digits: joined with its stroke (`الـ24`), joined without
/// (`ال24`), or with its stroke and a space (`الـ 15`).
pub(super) const ARTICLE_BEFORE_DIGITS: [&str; 3] = ["الـ", "ال", "الـ "];

/// A word of a date without the slash and brackets around it (`/حزيران`, `(تموز)`): what
/// is asked whether it is a month.
pub(super) fn without_marks(folded: &str) -> &str {
    folded.trim_matches(|c: char| c == '/' || c == '(' || c == ')')
}

/// Whether `word`, without what is not a letter around it, is a month name, alone or after `و`.
pub(super) fn is_month(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !is_letter(c));
    MONTHS.contains(bare) || MONTHS.contains(bare.strip_prefix('و').unwrap_or(""))
}
