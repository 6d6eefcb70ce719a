//! The value of a number as JSON writes it (`-43.25`, `7`, `1.5e3`).
//!
//! Not `str::parse::<f64>`: its correctly rounded reading of any length of digits brings a table
//! of powers of five and a big-number fallback into the app (measured in the README's size
//! notes), for numbers the content never holds. The content's numbers are coordinates and small
//! whole numbers: at most 15 significant digits, so the digits make an integer that a double
//! holds exactly, and a power of ten up to 22 is exact as well. One rounded division or
//! multiplication of the two is then the correctly rounded value (Clinger's fast path), the
//! same double `parse` gives. Longer numbers come within a few units in the last place.

/// The number `text` writes in JSON's grammar, or `None` if it is not one (`.5`, `1.`, `+1`,
/// `NaN`, `0x10`).
pub fn json_number(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (decimal, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((decimal, exponent)) => (decimal, exponent_value(exponent)?),
        None => (unsigned, 0),
    };
    let (whole, fraction) = match decimal.split_once('.') {
        Some((whole, fraction)) if !fraction.is_empty() => (whole, fraction),
        Some(_) => return None,
        None => (decimal, ""),
    };
    let leading_zero = whole.len() > 1 && whole.starts_with('0');
    if whole.is_empty() || leading_zero || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let mut digits = 0u64;
    // Tens by which `digits` is to be scaled: the exponent, less the fraction's places, plus
    // the digits beyond what a u64 holds (their value is below its last unit's rounding).
    let mut scale = exponent.saturating_sub(fraction.len() as i32);
    for byte in whole.bytes().chain(fraction.bytes()) {
        match digits
            .checked_mul(10)
            .and_then(|d| d.checked_add(u64::from(byte - b'0')))
        {
            Some(more) => digits = more,
            None => scale = scale.saturating_add(1),
        }
    }
    let magnitude = digits as f64;
    let value = if scale >= 0 {
        magnitude * 10f64.powi(scale)
    } else {
        magnitude / 10f64.powi(scale.saturating_neg())
    };
    Some(if negative { -value } else { value })
}

fn all_digits(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
}

/// `3`, `+3` or `-3`; an exponent too large for an i32 is as good as infinite.
fn exponent_value(text: &str) -> Option<i32> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => (1, text),
    };
    if digits.is_empty() || !all_digits(digits) {
        return None;
    }
    let value = digits.bytes().fold(0i32, |value, byte| {
        value
            .saturating_mul(10)
            .saturating_add(i32::from(byte - b'0'))
    });
    Some(sign * value)
}

#[cfg(test)]
mod tests {
    use super::json_number;

    #[test]
    fn coordinates_and_whole_numbers_read_as_std_reads_them() {
        // Every coordinate with up to six decimals on a grid over the globe, both signs.
        for degrees in (0..=180).step_by(7) {
            for millionths in (0..1_000_000).step_by(9_973) {
                for text in [
                    format!("{degrees}.{millionths:06}"),
                    format!("-{degrees}.{millionths:06}"),
                    format!("{degrees}.{}", millionths / 1000),
                ] {
                    let expected: f64 = text.parse().unwrap();
                    assert_eq!(json_number(&text), Some(expected), "{text}");
                }
            }
        }
        for text in [
            "0",
            "-0",
            "7",
            "2026",
            "4294967295",
            "1e3",
            "1.5E+2",
            "25e-1",
            "0.1",
        ] {
            assert_eq!(json_number(text), Some(text.parse().unwrap()), "{text}");
        }
    }

    #[test]
    fn numbers_beyond_the_exact_range_come_close() {
        for text in [
            "123456789012345678901234567890",
            "0.000000000000000000000000001234",
            "3.14159265358979323846264338327950288",
            "1e300",
        ] {
            let expected: f64 = text.parse().unwrap();
            let read = json_number(text).unwrap();
            assert!(
                (read - expected).abs() <= expected.abs() * 1e-14,
                "{text}: {read}"
            );
        }
        assert_eq!(json_number("1e400"), Some(f64::INFINITY));
    }

    #[test]
    fn what_json_does_not_write_as_a_number_is_none() {
        for text in [
            "", "-", ".5", "1.", "+1", "01", "1e", "1e+", "NaN", "inf", "0x10", "1,5", "1 ", "--1",
            "1.2.3", "١",
        ] {
            assert_eq!(json_number(text), None, "{text:?}");
        }
    }
}
