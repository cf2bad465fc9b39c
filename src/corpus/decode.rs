//! Turning the bytes of an article file into text, whatever its encoding.
//!
//! UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are recognised
//! exactly; any other bytes are handed to `chardetng`, which tells the legacy code pages in use
//! for Arabic and Hebrew (Windows-1256, Windows-1255) apart, and decoded by `encoding_rs`. The
//! byte-order mark is removed; line endings are kept, so code point offsets are those of the
//! file. A file with NUL bytes that is not UTF-16 is binary and is refused.

use std::fmt;
use std::path::Path;

use encoding_rs::{Encoding, UTF_8};

/// Decoded text and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without byte-order mark.
    pub text: String,
    /// Name of the encoding used (`UTF-8`, `UTF-16LE`, `windows-1256`, …).
    pub encoding: &'static str,
    /// Whether some bytes were invalid and replaced with U+FFFD.
    pub had_errors: bool,
}

/// Why a file could not be read as text.
#[derive(Debug)]
pub enum DecodeError {
    /// The file could not be read.
    Io(std::io::Error),
    /// The bytes are not text: a NUL byte at this offset.
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(err) => write!(f, "cannot read: {err}"),
            Self::Binary { offset } => {
                write!(f, "not a text file (NUL byte at offset {offset})")
            }
        }
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(err) => Some(err),
            Self::Binary { .. } => None,
        }
    }
}

/// Decodes the bytes of a text file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return Ok(with(encoding, &bytes[bom..]));
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(DecodeError::Binary { offset });
    }
    // Validated with SIMD (std's check runs at a tenth of the speed on Arabic text); copying
    // the valid text costs less than validating it again to take the bytes over.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            had_errors: false,
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    Ok(with(encoding, bytes))
}

/// Reads and decodes the file at `path`.
pub fn read_file(path: &Path) -> Result<Decoded, DecodeError> {
    let bytes = std::fs::read(path).map_err(DecodeError::Io)?;
    decode(&bytes)
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        had_errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("مرحبا\r\n".as_bytes()).expect("utf-8");
        assert_eq!(
            (plain.text.as_str(), plain.encoding),
            ("مرحبا\r\n", "UTF-8")
        );
        let bom = decode(b"\xEF\xBB\xBFabc").expect("bom");
        assert_eq!(bom.text, "abc");
    }

    #[test]
    fn utf16_with_bom() {
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("سلام".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let decoded = decode(&bytes).expect("utf-16");
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            ("سلام", "UTF-16LE")
        );
    }

    #[test]
    fn windows_1256_is_detected() {
        let text = "قال وزير الخارجية إن الحوار مع واشنطن يستند إلى العمل المشترك والتعاون";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let decoded = decode(&bytes).expect("cp1256");
        assert_eq!(decoded.encoding, "windows-1256");
        assert_eq!(decoded.text, text);
    }

    #[test]
    fn windows_1255_is_detected() {
        let text = "החברה הודיעה היום על השקת מוצר חדש בשוק הישראלי והעולמי";
        let (bytes, _, _) = encoding_rs::WINDOWS_1255.encode(text);
        let decoded = decode(&bytes).expect("cp1255");
        assert_eq!(decoded.encoding, "windows-1255");
        assert_eq!(decoded.text, text);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = decode(b"abc\0def").expect_err("binary");
        assert_eq!(err.to_string(), "not a text file (NUL byte at offset 3)");
    }
}
