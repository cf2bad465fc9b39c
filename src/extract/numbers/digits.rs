//! Digits of the three scripts (Western, Arabic-Indic, Persian) and the value of a number
//! written with them.

/// The value of a digit in any of the three scripts.
pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        _ => None,
    }
}

/// Whether `c` is a digit of the three scripts ([`digit`]), by arithmetic alone so that blocks
/// of characters are tested at once.
pub(super) fn is_digit(c: char) -> bool {
    let code = c as u32;
    (code.wrapping_sub('0' as u32) < 10)
        | (code.wrapping_sub('٠' as u32) < 10)
        | (code.wrapping_sub('۰' as u32) < 10)
}

/// The invisible marks of writing direction (left-to-right, right-to-left, Arabic letter
/// mark), which some pages put inside numbers.
pub(super) fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether a digit starts at byte `at`, past any direction marks.
pub(super) fn digit_after_marks(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    rest.trim_start_matches(is_direction_mark)
        .chars()
        .next()
        .is_some_and(is_digit)
}

/// Decimal and thousands marks in their real uses.
pub(super) fn is_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '،' | '٫' | '٬')
}

/// Parses digits and separators into a value times ten to the power `exponent`, the scale
/// words that follow (which make a lone separator a decimal mark: `2.6 مليون`). The scale is
/// applied to the decimal text before it becomes a binary number, so `4.1 مليار` is
/// 4100000000 exactly, not 4.1 × 10⁹ = 4099999999.9999995.
pub(super) fn value_of(body: &str, exponent: i32) -> Option<f64> {
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
