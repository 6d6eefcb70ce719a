//! Lower case for the scripts the portal's content is written in: Latin (with the letters of
//! Kazakh's Latin alphabets, Turkish and Azerbaijani), Greek, and Cyrillic (Kazakh, Kyrgyz,
//! Russian and their neighbours). A letter of another script is kept as it is.
//!
//! Why not `str::to_lowercase`: its table covers every script in Unicode, and with the code that
//! reads it, it was 6.5 KiB brotli of the app every student downloads, for letters no partner's
//! name or internship is written in. Within these scripts the result is the standard library's
//! (a test compares them letter by letter), except that `İ` becomes a plain `i`, where the
//! standard library writes `i` and a combining dot that no one types in a search.

/// `c` in lower case, when it is a capital of the scripts above; otherwise `c`.
pub fn lower(c: char) -> char {
    let code = c as u32;
    let lowered = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 0x20,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        0x18F => 0x259,
        0x1F4 => 0x1F5,
        // Latin Extended-A alternates capital and small letter; the run from Ĺ to Ň and the
        // one from Ź to Ž start one letter later.
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        // Greek: capitals with an accent, then the alphabet (0x3A2 is unassigned).
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 0x3F,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        // Cyrillic: Ѐ to Џ, А to Я, then the letters of other languages in pairs.
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if code % 2 == 0 => code + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if code % 2 == 1 => code + 1,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// `text` in lower case, letter by letter as [`lower`] does, with a capital sigma that ends a
/// word written as the final sigma (`ΟΔΟΣ` is `οδος`), as `str::to_lowercase` writes it.
pub fn lower_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_letter = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let ends_word = !chars.peek().is_some_and(|next| next.is_alphabetic());
        out.push(if c == 'Σ' && after_letter && ends_word {
            'ς'
        } else {
            lower(c)
        });
        after_letter = c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The letters whose lower case this module knows.
    const SCRIPTS: [std::ops::RangeInclusive<u32>; 4] =
        [0x41..=0x24F, 0x370..=0x3FF, 0x400..=0x52F, 0x1F4..=0x1F5];

    fn standard(c: char) -> String {
        c.to_lowercase().collect()
    }

    #[test]
    fn a_letter_of_latin_greek_or_cyrillic_is_lowered_as_the_standard_library_lowers_it() {
        let known = |c: char| matches!(c as u32, 0x41..=0x17F | 0x18F | 0x1F4 | 0x386..=0x3AB | 0x400..=0x52F);
        for c in SCRIPTS
            .iter()
            .flat_map(|r| r.clone())
            .filter_map(char::from_u32)
        {
            if c == 'İ' || !known(c) {
                continue;
            }
            assert_eq!(lower(c).to_string(), standard(c), "{c} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn any_other_letter_is_kept_or_lowered_never_changed_into_another() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let lowered = lower(c);
            assert!(
                lowered == c || lowered.to_string() == standard(c) || c == 'İ',
                "{c} U+{:04X} became {lowered}",
                c as u32
            );
        }
    }

    #[test]
    fn the_portals_capitals_are_lowered() {
        assert_eq!(
            lower_case("ҚАРАҒАНДЫ ӨСКЕМЕН ҮШТӨБЕ ҰЛЫТАУ ҺӘМ ІЛЕ Ң"),
            "қарағанды өскемен үштөбе ұлытау һәм іле ң"
        );
        assert_eq!(
            lower_case("QARAĞANDY ŞYMKENT ÄÑÖÜŪ QaraǴandy"),
            "qarağandy şymkent äñöüū qaraǵandy"
        );
        assert_eq!(
            lower_case("İSTANBUL BAKI ƏLIYEV ÉCOLE"),
            "istanbul baki əliyev école"
        );
        assert_eq!(
            lower_case("Ошский ГОСУДАРСТВЕННЫЙ Ёлка"),
            "ошский государственный ёлка"
        );
    }

    #[test]
    fn a_capital_sigma_that_ends_a_word_is_the_final_sigma() {
        assert_eq!(lower_case("ΟΔΟΣ"), "οδο\u{3C2}");
        assert_eq!(lower_case("ΣΟΣ ΣΑΣ."), "σος σας.");
        assert_eq!(lower_case("Σ"), "σ");
        assert_eq!(lower_case("ΟΔΟΣ"), "ΟΔΟΣ".to_lowercase());
    }

    #[test]
    fn letters_of_other_scripts_and_lower_case_letters_are_kept() {
        assert_eq!(lower_case("北京 Ա ქ 2026 ß ı"), "北京 Ա ქ 2026 ß ı");
    }
}
