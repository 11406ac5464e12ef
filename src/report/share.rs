//! Integer shares and averages for the report: per-mille (‰, 0–1000) everywhere, rounded half
//! up, and shares of a whole that add up to exactly 1000 (largest remainder), so a pie or a
//! legend never shows 99.9% or 100.1%.

/// `part / whole` in per-mille, rounded half up; 0 when `whole` is not positive.
pub fn permille(part: i64, whole: i64) -> i64 {
    div_round(i128::from(part) * 1000, i128::from(whole))
}

/// `a / b` rounded half away from zero; 0 when `b` is not positive.
pub fn div_round(a: impl Into<i128>, b: impl Into<i128>) -> i64 {
    let (a, b) = (a.into(), b.into());
    if b <= 0 {
        return 0;
    }
    let q = if a >= 0 { (2 * a + b) / (2 * b) } else { -((-2 * a + b) / (2 * b)) };
    i64::try_from(q).unwrap_or(if q > 0 { i64::MAX } else { i64::MIN })
}

/// Each value's share of their sum in per-mille, adding up to exactly 1000 when the sum is
/// positive (the largest remainders get the leftover units; ties go to the earlier value).
/// Negative values count as zero.
pub fn shares_permille(values: &[i64]) -> Vec<i64> {
    let values: Vec<i128> = values.iter().map(|v| i128::from((*v).max(0))).collect();
    let total: i128 = values.iter().sum();
    if total <= 0 {
        return vec![0; values.len()];
    }
    let mut shares: Vec<i64> =
        values.iter().map(|v| i64::try_from(v * 1000 / total).unwrap_or(0)).collect();
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(values[i] * 1000 % total), i));
    let leftover = 1000 - shares.iter().sum::<i64>();
    for &i in order.iter().take(usize::try_from(leftover).unwrap_or(0)) {
        shares[i] += 1;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permille_rounds_half_up() {
        assert_eq!(permille(1, 3), 333);
        assert_eq!(permille(2, 3), 667);
        assert_eq!(permille(1, 2000), 1, "0.5‰ rounds up");
        assert_eq!(permille(5, 0), 0);
        assert_eq!(permille(i64::MAX, 1), i64::MAX, "saturates instead of overflowing");
    }

    #[test]
    fn shares_add_up_to_one_thousand() {
        assert_eq!(shares_permille(&[1, 1, 1]), vec![334, 333, 333]);
        assert_eq!(shares_permille(&[2, 1]), vec![667, 333]);
        assert_eq!(shares_permille(&[0, 0]), vec![0, 0]);
        assert_eq!(shares_permille(&[5, -3, 5]), vec![500, 0, 500]);
        let odd = shares_permille(&[7, 13, 29, 1, 1]);
        assert_eq!(odd.iter().sum::<i64>(), 1000, "{odd:?}");
    }
}
