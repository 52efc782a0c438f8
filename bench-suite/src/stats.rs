//! Small statistics helpers (median, spread, geometric mean) and the parsers
//! for the lines benchmark children print on stderr: `jit-stats: k=v ...`
//! (Heron's JIT counters) and `iter-time: <seconds>` (per-iteration timings).

use std::collections::BTreeMap;

/// Median of `values`; the mean of the two middle values for an even count.
/// `None` for an empty slice. NaNs sort last and should not be passed.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        Some(sorted[mid])
    } else {
        Some((sorted[mid - 1] + sorted[mid]) / 2.0)
    }
}

/// Median absolute deviation from the median (unscaled).
pub fn mad(values: &[f64]) -> Option<f64> {
    let m = median(values)?;
    let deviations: Vec<f64> = values.iter().map(|v| (v - m).abs()).collect();
    median(&deviations)
}

/// Smallest value, `None` when empty.
pub fn min(values: &[f64]) -> Option<f64> {
    values.iter().copied().reduce(f64::min)
}

/// Largest value, `None` when empty.
pub fn max(values: &[f64]) -> Option<f64> {
    values.iter().copied().reduce(f64::max)
}

/// Geometric mean of strictly positive, finite values; `None` when there are
/// none. Non-positive or non-finite values are ignored (they cannot be
/// speed-ups).
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    let logs: Vec<f64> = values
        .iter()
        .filter(|v| v.is_finite() && **v > 0.0)
        .map(|v| v.ln())
        .collect();
    if logs.is_empty() {
        return None;
    }
    Some((logs.iter().sum::<f64>() / logs.len() as f64).exp())
}

/// Prefix of a JIT counter line on a Heron child's stderr.
pub const JIT_STATS_PREFIX: &str = "jit-stats:";
/// Prefix of a per-iteration timing line on a child's stderr.
pub const ITER_TIME_PREFIX: &str = "iter-time:";

/// A parsed counter value: numbers stay numbers, anything else is text.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum StatValue {
    /// An integer counter such as `compiled=12`.
    Int(i64),
    /// A fractional value such as `specialized_pct=87.5`.
    Float(f64),
    /// Anything that does not parse as a number.
    Text(String),
}

impl StatValue {
    fn parse(raw: &str) -> StatValue {
        if let Ok(i) = raw.parse::<i64>() {
            StatValue::Int(i)
        } else if let Ok(f) = raw.parse::<f64>() {
            if f.is_finite() {
                StatValue::Float(f)
            } else {
                StatValue::Text(raw.to_string())
            }
        } else {
            StatValue::Text(raw.to_string())
        }
    }
}

impl std::fmt::Display for StatValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StatValue::Int(i) => write!(f, "{i}"),
            StatValue::Float(x) => write!(f, "{x}"),
            StatValue::Text(s) => f.write_str(s),
        }
    }
}

fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Parse every `jit-stats: key=value [key=value ...]` line in `stderr`.
///
/// Leading whitespace before the prefix is allowed; tokens that are not
/// `key=value` with a key of `[A-Za-z0-9_.-]+` are ignored; a key seen twice
/// keeps its last value. Other lines are ignored.
pub fn parse_jit_stats(stderr: &str) -> BTreeMap<String, StatValue> {
    let mut out = BTreeMap::new();
    for line in stderr.lines() {
        let Some(rest) = line.trim_start().strip_prefix(JIT_STATS_PREFIX) else {
            continue;
        };
        for token in rest.split_whitespace() {
            if let Some((key, value)) = token.split_once('=') {
                if valid_key(key) && !value.is_empty() {
                    out.insert(key.to_string(), StatValue::parse(value));
                }
            }
        }
    }
    out
}

/// Parse every `iter-time: <seconds>` line in `stderr`, in order. Lines whose
/// value is not a finite non-negative number are skipped.
pub fn parse_iter_times(stderr: &str) -> Vec<f64> {
    stderr
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix(ITER_TIME_PREFIX))
        .filter_map(|rest| rest.trim().parse::<f64>().ok())
        .filter(|v| v.is_finite() && *v >= 0.0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_even_empty() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn spread() {
        let v = [1.0, 2.0, 3.0, 4.0, 100.0];
        assert_eq!(min(&v), Some(1.0));
        assert_eq!(max(&v), Some(100.0));
        // Deviations from 3: 2 1 0 1 97 -> median 1.
        assert_eq!(mad(&v), Some(1.0));
        assert_eq!(mad(&[]), None);
    }

    #[test]
    fn geomean() {
        assert_eq!(geometric_mean(&[]), None);
        let g = geometric_mean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        let g = geometric_mean(&[0.5, 2.0, 1.0]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
        // Non-positive values are ignored, not poisoning the mean.
        let g = geometric_mean(&[4.0, 0.0, -1.0, f64::NAN]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
    }

    #[test]
    fn jit_stats_lines() {
        let err = "warming up\n\
                   jit-stats: compiled=12 declined=3\n  \
                   jit-stats: compile_time_us=4500 specialized_pct=87.5 tier=baseline\n\
                   not jit-stats: compiled=99\n\
                   jit-stats: junk =x bad!key=1 deopts=0 empty=\n\
                   jit-stats: compiled=13\n";
        let s = parse_jit_stats(err);
        assert_eq!(s.get("compiled"), Some(&StatValue::Int(13)));
        assert_eq!(s.get("declined"), Some(&StatValue::Int(3)));
        assert_eq!(s.get("compile_time_us"), Some(&StatValue::Int(4500)));
        assert_eq!(s.get("specialized_pct"), Some(&StatValue::Float(87.5)));
        assert_eq!(s.get("tier"), Some(&StatValue::Text("baseline".into())));
        assert_eq!(s.get("deopts"), Some(&StatValue::Int(0)));
        assert!(!s.contains_key("bad!key"));
        assert!(!s.contains_key("empty"));
        assert!(!s.contains_key("junk"));
        assert_eq!(s.len(), 6);
        assert!(parse_jit_stats("Traceback...\n").is_empty());
    }

    #[test]
    fn iter_time_lines() {
        let err = "iter-time: 0.5\nother\n  iter-time: 0.25 \niter-time: nan\niter-time: -1\niter-time: x\n";
        assert_eq!(parse_iter_times(err), vec![0.5, 0.25]);
    }

    #[test]
    fn stat_value_display() {
        assert_eq!(StatValue::Int(7).to_string(), "7");
        assert_eq!(StatValue::Float(1.5).to_string(), "1.5");
        assert_eq!(StatValue::Text("on".into()).to_string(), "on");
    }
}
