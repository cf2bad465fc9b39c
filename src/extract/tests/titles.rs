//! Speakers named after a title and what it is the title of (`المدير العام للتعليم بجازان عيسى
//! الحكمي`) or set off by commas after it (`المحافظ الجديد للمدينة، نايف صالح البكري،`): the
//! name, not the title, is the speaker.

use super::*;

/// The speaker of the one statement in `text`.
fn speaker_of(text: &str) -> Option<String> {
    let found = statements_of(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found[0].3.clone()
}

/// What each title says, after its name: a statement long enough to be found.
const SAID: &str = "أن العمل في المشروع يسير وفق الخطة الموضوعة له منذ العام الماضي.";

/// Asserts that each phrase, with [`SAID`] after it, is said by its speaker.
fn assert_said_by(cases: &[(&str, &str)]) {
    for (phrase, speaker) in cases {
        let text = format!("{phrase} {SAID}");
        assert_eq!(speaker_of(&text).as_deref(), Some(*speaker), "{phrase}");
    }
}

#[test]
fn a_title_with_the_article_goes_on_through_its_institution_to_the_name() {
    assert_said_by(&[
        // A title with the article, like one without it, runs through `لل…` and `ب…`.
        (
            "وأوضح المدير العام للتعليم بجازان عيسى بن أحمد الحكمي",
            "عيسى بن أحمد الحكمي",
        ),
        (
            "وقال المدير العام للسجون اللواء إبراهيم الحمزي",
            "إبراهيم الحمزي",
        ),
        // The secretary general and the supervisor are titles.
        (
            "وقال الأمين العام لمجلس الضمان الصحي التعاوني محمد بن سليمان الحسين",
            "محمد بن سليمان الحسين",
        ),
        (
            "وذكر المشرف العام على برنامج اصنع مهارة نايف الهاجري",
            "نايف الهاجري",
        ),
        // So is the secretary, the press secretary.
        (
            "وأكد السكرتير الصحفي للرئاسة اليمنية مختار الرحبي",
            "مختار الرحبي",
        ),
        // `في` and a region places the description; the name still closes it.
        (
            "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر في المنطقة الشرقية فهد بن عثمان الغامدي",
            "فهد بن عثمان الغامدي",
        ),
        // `أمين عام` (secretary general), though `أمين` alone may be a first name.
        (
            "وقال أمين عام الغرفة التجارية عبدالله الزهراني",
            "عبدالله الزهراني",
        ),
        // A city after `ب` before a first name closes the description.
        (
            "وقال الأمين العام لرابطة العالم الإسلامي بجدة عدنان مندورة",
            "عدنان مندورة",
        ),
        // `في` and an institution or a city's municipality goes on to the name.
        (
            "وقال المتحدث الرسمي في وزارة الصحة محمد العبدالعالي",
            "محمد العبدالعالي",
        ),
        (
            "وأوضح المتحدث الرسمي في أمانة الأحساء خالد بووشل",
            "خالد بووشل",
        ),
        // A family name without the article after `بن`, where the phrase ends.
        (
            "وأوضح رئيس فريق الإعلام والتوعية شادي بن عبدالقادر كابلي",
            "شادي بن عبدالقادر كابلي",
        ),
        (
            "وقال مدير عام الشؤون الصحية بمنطقة الجوف حسين بن الراوي الرويلي",
            "حسين بن الراوي الرويلي",
        ),
        // After an institution ending with the article: a first name and a family name in `ي`,
        // or a common first name and any family name.
        ("وقال وزير السياحة اليمني معمر الأرياني", "معمر الأرياني"),
        ("وقال مدير الفرع الفنان عمر الجاسر", "عمر الجاسر"),
        // A coach, a member, a representative, an expert or an envoy is titled too, before
        // the name or after it.
        ("وقال مدرب المنتخب جورج ايفانوف", "جورج ايفانوف"),
        (
            "وقال أنديرس نوردستروم ممثل منظمة الصحة العالمية",
            "أنديرس نوردستروم",
        ),
        // The city a body is in, or the king a university is named after, before the name.
        ("وأوضح الناطق الإعلامي بصحة عسير سعيد النقير", "سعيد النقير"),
        (
            "وقال عضو هيئة التدريس بجامعة الملك سعود مشعل الوعيل",
            "مشعل الوعيل",
        ),
        // `في` and the country or capital a title serves in, before a first name.
        ("وقال السفير المصري في واشنطن أسامة شلتوت", "أسامة شلتوت"),
        // There `علي` is Ali, though it folds as `على` (on).
        (
            "وأكد مستشار قائد الثورة للشؤون الدولية في إيران علي أكبر ولايتي",
            "علي أكبر ولايتي",
        ),
        // `علي` before `بن` is Ali, though it folds as `على` (on).
        (
            "وأوضح المشرف العام على العلاقات العامة والإعلام بوزارة الحج علي بن محمد الغامدي",
            "علي بن محمد الغامدي",
        ),
        // So it is after a title without the article, and the family name after the links
        // may close with `ة`.
        (
            "وأوضح المتحدث الرسمي للإمارة علي بن موسى زعلة",
            "علي بن موسى زعلة",
        ),
        (
            "وأوضح مدير جمعية الثقافة والفنون بالباحة علي بن خميس البيضاني",
            "علي بن خميس البيضاني",
        ),
        // After a title without the article, the word that says what it is the title of is
        // no part of the name; after a title with a pronoun, the name follows at once.
        ("وقال مدرب بنما داريو غوميز", "داريو غوميز"),
        ("وقالت رئيسة تحريرها هنا فريدل", "هنا فريدل"),
        ("وقال مدربه لوران بلان", "لوران بلان"),
        // After a family's name `على` is on, not Ali.
        (
            "وأكد مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ على",
            "عبدالعزيز آل الشيخ",
        ),
        // A blessing after the name is no part of it.
        (
            "وقال الإمام علي بن أبي طالب كرم الله وجهه",
            "الإمام علي بن أبي طالب",
        ),
        // After a title other than a spokesman's, `باسم` is a first name.
        ("وأكد مدير الفريق باسم أبو داود", "باسم أبو داود"),
        // After a spokesman's `باسم` and the body, the spokesman's name.
        ("وقال المتحدث باسم حركة فتح رأفت عليان", "رأفت عليان"),
    ]);
}

#[test]
fn a_title_without_a_name_after_it_stays_the_speaker_or_the_whole_phrase() {
    assert_said_by(&[
        // A title and a name: what follows is no part of either.
        ("وذكر الوزير ظريف بالتحديات الكثيرة القائمة", "الوزير ظريف"),
        // The supervisor's `على` leads on to what is supervised, not to an ending `على`.
        ("وقال المشرف العام على", "المشرف العام"),
        // `أمين` alone is as often a first name.
        ("وقال أمين معلوف", "أمين معلوف"),
        // No name: a place named after a king, a noun and its complement, and a name whose
        // first name is a compound (not `نايف المريبض`).
        (
            "وقال مدير مستشفى الملك فهد الجامعي",
            "مدير مستشفى الملك فهد الجامعي",
        ),
        // Adjectives after a title without the article, or the name of what it is the
        // title of.
        ("وقال مسؤول عسكري إسرائيلي", "مسؤول عسكري إسرائيلي"),
        ("وقال مسؤول دفاع أميركي كبير", "مسؤول دفاع أميركي كبير"),
        ("وقال مدير مطار بلاكبوش", "مدير مطار بلاكبوش"),
        ("وقال رئيس شركة إكسون موبيل", "رئيس شركة إكسون موبيل"),
        ("وقال مدير عام جمرك سلوى", "مدير عام جمرك سلوى"),
        (
            "وقال عضو اللجنة المركزية لحركة فتح",
            "عضو اللجنة المركزية لحركة فتح",
        ),
        (
            "وقال الناطق باسم النيابة المكلفة شؤون الإرهاب",
            "الناطق باسم النيابة المكلفة شؤون الإرهاب",
        ),
        // After a spokesman's `باسم` (in the name of), two words without the article name
        // whom the spokesman speaks for, not the spokesman.
        (
            "وأضاف المتحدث باسم قصر باكنغهام",
            "المتحدث باسم قصر باكنغهام",
        ),
        ("وقال متحدثة باسم حركة فتح", "متحدثة باسم حركة فتح"),
        (
            "وقال المتحدث الرسمي باسم رئاسة إقليم كردستان",
            "المتحدث الرسمي باسم رئاسة إقليم كردستان",
        ),
        (
            "وقال المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة الرياض عبد الله نايف المريبض",
            "عبد الله نايف المريبض",
        ),
    ]);
}

#[test]
fn a_name_set_off_by_commas_after_a_description_may_end_with_a_family_name() {
    // After a common first name, the family name may have the article.
    let text = format!("وكشف المحافظ الجديد للمدينة، نايف صالح البكري، {SAID}");
    assert_eq!(speaker_of(&text).as_deref(), Some("نايف صالح البكري"));
    // A rank alone after the comma names no one: the name before it is the speaker.
    let text =
        "وقال جون تاردونو، الأستاذ في جامعة روتشستر: «ذرات الحديد تحفظ اتجاه المجال المغناطيسي»";
    assert_eq!(speaker_of(text).as_deref(), Some("جون تاردونو"));
}

#[test]
fn the_name_of_a_city_or_a_king_before_a_name_is_no_part_of_it() {
    // Where the article has the surname speak by itself, the words closing the title are read
    // as a name: the city or the king before the first name are left to the description.
    for (phrase, surname, speaker) in [
        (
            "وأوضح الناطق الإعلامي بصحة عسير سعيد النقير",
            "النقير",
            "سعيد النقير",
        ),
        (
            "وقال عضو هيئة التدريس بجامعة الملك سعود مشعل الوعيل",
            "الوعيل",
            "مشعل الوعيل",
        ),
        (
            "وقال عضو المجلس البلدي بمدينة عرعر ماجد المطلق",
            "المطلق",
            "ماجد المطلق",
        ),
    ] {
        let text = format!("{phrase} {SAID}\n\nوأضاف {surname} {SAID}");
        let found = statements_of(&text);
        assert_eq!(found[0].3.as_deref(), Some(speaker), "{phrase}");
    }
}

#[test]
fn a_place_a_title_serves_in_leads_on_only_to_a_first_name() {
    // `على` (on) after the place folds as the name `علي`, but is none: the phrase ends at `في`.
    let text = format!("وقال مسؤول أمني يشرف في القاهرة على جهاز المراقبة {SAID}");
    let speaker = speaker_of(&text).unwrap_or_default();
    assert!(!speaker.contains("القاهرة"), "{speaker}");
}

#[test]
fn a_general_body_goes_on_through_what_it_is_the_body_of() {
    assert_said_by(&[
        (
            "وأوضحت المديرية العامة للشئون الصحية بمنطقة حائل",
            "المديرية العامة للشئون الصحية بمنطقة حائل",
        ),
        (
            "وقالت الإدارة العامة للعلاقات العامة والإعلام بإمارة منطقة مكة المكرمة",
            "الإدارة العامة للعلاقات العامة والإعلام بإمارة منطقة مكة المكرمة",
        ),
        (
            "وذكرت الهيئة العامة للسياحة والتراث الوطني",
            "الهيئة العامة للسياحة والتراث الوطني",
        ),
        // `في` leads on to an institution as in any phrase.
        (
            "وأكدت الإدارة العامة للعلاقات والإعلام في وزارة الصحة ردا على ذلك",
            "الإدارة العامة للعلاقات والإعلام في وزارة الصحة",
        ),
        // What the body announced is past its name.
        (
            "وأعلنت المديرية العامة للشؤون الصحية بمنطقة القصيم حالة الطوارئ بجميع المستشفيات",
            "المديرية العامة للشؤون الصحية بمنطقة القصيم",
        ),
        // A rank in it leads on to the name.
        (
            "وأوضح المنسق العام للمسابقة الدكتور عبدالرحمن السلمي",
            "عبدالرحمن السلمي",
        ),
        // A body with an adjective of a nation or field, and a news agency.
        (
            "وقال المركز الإعلامي للمقاومة الشعبية",
            "المركز الإعلامي للمقاومة الشعبية",
        ),
        (
            "وأعلنت الشركة السعودية للكهرباء",
            "الشركة السعودية للكهرباء",
        ),
        (
            "وذكرت وكالة تسنيم الإيرانية للأنباء",
            "وكالة تسنيم الإيرانية للأنباء",
        ),
        // A statement of a body.
        (
            "وقال بيان للديوان الملكي السعودي نقلا عن المحكمة العليا",
            "بيان للديوان الملكي السعودي",
        ),
        // Whom a body spoke to is no part of it.
        ("وقالت الشرطة الإسرائيلية للصحفيين", "الشرطة الإسرائيلية"),
    ]);
}

#[test]
fn a_name_before_its_title_is_the_speaker_whatever_the_title_or_name() {
    assert_said_by(&[
        // A name with its father's name, before a title without the article or with it.
        (
            "وأوضح سعيد بن علي البسامي رئيس لجنة النقل بالغرفة التجارية بجدة",
            "سعيد بن علي البسامي",
        ),
        (
            "وقال عادل بن عبدالله السلطان المشرف العام على البرنامج",
            "عادل بن عبدالله السلطان",
        ),
        // A king an institution is named after names no one in the description.
        (
            "وأوضح رأفت الصباغ المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية،",
            "رأفت الصباغ",
        ),
        // A rank before the name, a secretary general or a professor after it.
        (
            "وأوضح المهندس حمود عليثه الحربي أمين عام الجمعيات التعاونية في وزارة الشؤون الاجتماعية،",
            "حمود عليثه الحربي",
        ),
        (
            "وقال الدكتور محمود الشربيني أستاذ العناية المركزة",
            "محمود الشربيني",
        ),
        // `باسم` first is the name Basem, not `for` (`المتحدث باسم`).
        (
            "وقال باسم مؤمنة رئيس مجلس إدارة إحدى مؤسسات دباغة الجلود",
            "باسم مؤمنة",
        ),
    ]);
    // Not a name of more words running on to `أحد` (one of), nor the rank `الأستاذ` taken for
    // the title `أستاذ`, which would run on through the man spoken to.
    let text = format!("وقال أسامة بن لادن لمراسل إحدى المحطات الفضائية العربية {SAID}");
    let speaker = speaker_of(&text);
    assert!(
        !speaker.as_deref().is_some_and(|s| s.ends_with("لمراسل")),
        "{speaker:?}"
    );
    let text = "قال الأستاذ محمد صلاح الدين للدكتور غازي القصيبي، وكلاهما قد أصبحا في ذمة الله: «إن الخياط من المعجبين بالشاعر».";
    assert_eq!(speaker_of(text).as_deref(), Some("محمد صلاح الدين"));
}

#[test]
fn a_profession_before_a_name_is_no_part_of_it() {
    assert_said_by(&[
        ("وقالت الإعلامية أمل صقر", "أمل صقر"),
        // With adjectives after it, and a family name after the links.
        ("وقالت الروائية الكويتية إيمان سعد", "إيمان سعد"),
        ("وأوضح القانوني فهد بن محمد بارباع", "فهد بن محمد بارباع"),
        ("وقال المحلل السياسي ناجي السامعي", "ناجي السامعي"),
        // A nationality, and a title with the article after a name without one.
        (
            "واعتبر الألماني توماس باخ رئيس اللجنة الأولمبية الدولية،",
            "توماس باخ",
        ),
        (
            "وقال الفرنسي آرسين فينجر المدير الفني لأرسنال",
            "آرسين فينجر",
        ),
    ]);
    // A word joined to `و` or a preposition after the profession opens no name.
    for phrase in [
        "وقال المحلل السياسي وعضو قوى 14 آذار نوفل ضو",
        "وقال الناشط المختص بحقوق الإنسان كميل آل بوشوكة",
    ] {
        let text = format!("{phrase} {SAID}");
        let speaker = speaker_of(&text);
        assert!(
            !speaker
                .as_deref()
                .is_some_and(|s| s.starts_with(['و', 'ب'])),
            "{phrase}: {speaker:?}"
        );
    }
}

#[test]
fn a_title_goes_on_through_whom_it_is_accredited_to() {
    assert_said_by(&[
        (
            "وقال مندوب مصر الدائم لدى الجامعة العربية السفير طارق عادل",
            "طارق عادل",
        ),
        (
            "وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنثا باور",
            "سامنثا باور",
        ),
        // An ambassador, a woman too, is a title the name after it is the person of.
        ("وقالت السفيرة عبير خليل", "عبير خليل"),
        // With no name after it, the description is whole, not a name `لدى روما`.
        ("وأوضح السفير المصري لدى روما", "السفير المصري لدى روما"),
        // `لدى` before a noun with a pronoun is when (`لدى سؤاله`, when he was asked).
        ("وقال المتحدث الرسمي لدى سؤاله عن ذلك", "المتحدث الرسمي"),
    ]);
}

#[test]
fn a_titles_word_after_a_link_is_a_fathers_name() {
    let text = format!(
        "استنكر مدير شرطة منطقة الباحة اللواء مسفر بن سفير الخثعمي الحادث الإرهابي في عسير.\n\n\
         وبين اللواء الخثعمي {SAID}"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("مسفر بن سفير الخثعمي"));
}
