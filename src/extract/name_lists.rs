//! The word lists names are recognised by: references to someone already named, titles and
//! ranks around a name, words that are no first name, bodies and documents that speak for
//! themselves, institutions. Written folded, as `lists` is; re-exported by `words`.

/// Bare references to someone already named.
pub(super) const REFERENCES: &[&str] = &[
    "الاخير",
    "الاخيره",
    "المسوول",
    "الصحيفه",
    "البيان",
    "الوزير",
    "المتحدث",
    "الرييس",
    "الوكاله",
    "المصدر",
    "المصادر",
    "المسوولون",
    "الطرفان",
    "الجانبان",
    "الموقع",
];

/// Titles that open a description a person's name may close.
pub(super) const TITLES: &[&str] = &[
    "المتحدث",
    "المتحدثه",
    "الناطق",
    "الناطقه",
    "وزير",
    "وزيره",
    "مستشار",
    "مستشاره",
    "رييس",
    "رييسه",
    "الرييس",
    "السفير",
    "السفيره",
    "سفير",
    "سفيره",
    "مدير",
    "مديره",
    "نايب",
    "قايد",
    "مسوول",
    "مسووله",
    "المبعوث",
    "وكيل",
    "محافظ",
    "عميد",
    "مشرف",
    "مشرفه",
    "مدرب",
    "مدربه",
    "عضو",
    "عضوه",
    "ممثل",
    "ممثله",
    "خبير",
    "خبيره",
    "مندوب",
    "مندوبه",
    "سكرتير",
    "سكرتيره",
    // `أستاذ العلوم السياسية` (professor of); with the article it is a rank (`الأستاذ`).
    "استاذ",
    "استاذه",
    "السكرتير",
    "السكرتيره",
    // `أمين` alone is as often a first name (`أمين معلوف`).
    "الامين",
    "الامينه",
];

/// Ranks and honorifics in front of a name, dropped from it.
pub(super) const RANKS: &[&str] = &[
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "الرايد",
    "النقيب",
    "الملازم",
    "الفريق",
    "الركن",
    "الدكتور",
    "الدكتوره",
    "دكتور",
    "المهندس",
    "المهندسه",
    "الاستاذ",
    "الاستاذه",
    "السيد",
    "الشيخ",
];

/// Words before a surname that are titles or function words, not first names.
pub(super) const NOT_FIRST_NAMES: &[&str] = &[
    "الرييس",
    "رييس",
    "اداره",
    "الوزير",
    "وزير",
    "و",
    "مع",
    "ان",
    "الي",
    "عن",
    "في",
    "من",
    "قال",
    "بين",
    "نظيره",
    "السيد",
    "الملك",
    "الامير",
    "الشيخ",
    "حكومه",
    "اجتماع",
    "زياره",
    // `والنتيجة غير`: other than; `يا`: the vocative.
    "غير",
    "يا",
    // `وكان المحرج`: was, never a first name.
    "كان",
    "وكان",
    // `فتاة تدعى نيلوفار`: a girl called Nilufar.
    "تدعي",
    "يدعي",
    "المدعو",
    "المدعوه",
    // Demonstratives (`هذا التنظيم`, this organisation), particles before a noun (`أما
    // جدتها`, as for her grandmother; `ضد داعش`, against ISIS; `مثل`, like) and `كانت`, as
    // `كان` above.
    "هذا",
    "هذه",
    "هولاء",
    "تلك",
    "ذلك",
    "اما",
    "ضد",
    "مثل",
    "كانت",
    "وكانت",
];

/// Bodies and documents that speak for themselves (`أظهر التقرير`, `أعلنت الوزارة`): never
/// a surname, so never given the word before them as a first name (`واستعرض التقرير`).
pub(super) const BODIES: &[&str] = &[
    "التقرير",
    "التقارير",
    "تقرير",
    "الدراسه",
    "الدراسات",
    "دراسه",
    "البحث",
    "المسح",
    "الاستطلاع",
    "البيان",
    "بيان",
    "الوزاره",
    "الشركه",
    "المرصد",
    "الهييه",
    "المنظمه",
    "اللجنه",
    "الشرطه",
    "السلطات",
    "الاداره",
    "الامانه",
    "المكتب",
    "المركز",
    "الصحيفه",
    "الوكاله",
    "الجمعيه",
    "الموسسه",
    "الجامعه",
    "المستشفي",
    "الموقع",
    "المصدر",
    "المصادر",
    "مصدر",
    "مصادر",
    "الحكومه",
    "المجلس",
    "الباحثون",
    "الخبراء",
    "الجيش",
    "المحكمه",
    "النيابه",
    "الصندوق",
    "البنك",
    "الاتحاد",
    "الحزب",
    "الحركه",
    "الجماعه",
    "التحالف",
];

/// The words that call a person by an honorific or a royal title, folded: Highness (and the
/// prince, the princess), Excellency, Eminence, Grace, Majesty (and the king), the
/// President's Excellency. [`HONORIFICS`] stand for the person they call so.
pub(super) const HONOURED: &[&str] = &[
    "سمو",
    "الامير",
    "الاميره",
    "معالي",
    "سماحه",
    "فضيله",
    "سعاده",
    "جلاله",
    "الملك",
    "فخامه",
];

/// [`BODIES`] looked up by hash: every speaker's last word is asked whether it can be a
/// surname (here, in [`HONORIFIC_SET`] and among the places of pairs), and reading the lists
/// entry by entry was 1% of extraction's instructions.
pub(super) static BODY_SET: crate::text::normalize::FoldedList =
    crate::text::normalize::FoldedList::new(BODIES);

/// [`HONORIFICS`] looked up by hash, as [`BODY_SET`] is.
pub(super) static HONORIFIC_SET: crate::text::normalize::FoldedList =
    crate::text::normalize::FoldedList::new(HONORIFICS);

/// Honorifics that stand for a person already named (`أشاد معاليه`, his excellency praised;
/// `قال تعالى`, the Exalted said): never a surname, so never given a first name.
pub(super) const HONORIFICS: &[&str] = &[
    "سموه",
    "سموها",
    "معاليه",
    "معاليها",
    "سماحته",
    "فضيلته",
    "سعادته",
    "سعادتها",
    "جلالته",
    "فخامته",
    "تعالي",
    "سبحانه",
];

/// Institutions a description may continue into after `في` (`مسؤول في إدارة بايدن`).
pub(super) const INSTITUTIONS: &[&str] =
    &["اداره", "وزاره", "الحكومه", "حكومه", "البيت", "الخارجيه"];

/// Bodies a title without the article may be of, folded (`رئيس نادي`, `مدير شركة`): the words
/// after them are the body's name, not a person's.
pub(super) const ORGANISATIONS: &[&str] = &[
    "شركه",
    "نادي",
    "منظمه",
    "مطار",
    "مجموعه",
    "فندق",
    "مركز",
    "جمعيه",
    "مستشفي",
    "جامعه",
    "بنك",
    "مصرف",
    "مجلس",
    "هييه",
    "موسسه",
    "صحيفه",
    "مجله",
    "وكاله",
    "حزب",
    "حركه",
    "فريق",
    "منتخب",
    "اتحاد",
    "مكتب",
    "غرفه",
    "دار",
    "معهد",
    "كليه",
    "مدرسه",
    "قناه",
    "شرطه",
    "جهاز",
    "عمليات",
    "بعثه",
    "لجنه",
    "مجمع",
    "برنامج",
    "مشروع",
    "مهرجان",
];
