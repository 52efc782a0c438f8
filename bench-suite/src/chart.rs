//! SVG charts drawn with plotters' SVG backend (text is emitted as SVG
//! `<text>` elements, so no font libraries are needed): speed-up bars,
//! per-iteration warm-up curves and scaling lines.

use std::error::Error;
use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

use crate::report::Results;
use crate::runner::Status;
use crate::runtimes::{BASELINE, HERON_INTERP, HERON_JIT};
use crate::stats;

/// Outcome of drawing one chart.
pub type DrawResult = Result<(), Box<dyn Error>>;
/// A bar value: a speed-up (or nothing), or the verdict of a bad cell.
type Bar = Result<Option<f64>, &'static str>;
/// A curve of one runtime: its name and the points.
type Curve<'a> = (&'a str, Vec<f64>);

const FONT: &str = "sans-serif";
/// How many leading iterations the warm-up chart shows.
pub const WARMUP_ITERS: usize = 60;

/// A stable colour per runtime: Heron in warm colours, CPython blue, PyPy
/// green, extras from the rest of a ten-colour palette.
pub fn runtime_color(name: &str, index: usize) -> RGBColor {
    match name {
        HERON_JIT => RGBColor(214, 39, 40),
        HERON_INTERP => RGBColor(255, 127, 14),
        BASELINE => RGBColor(31, 119, 180),
        "pypy3" => RGBColor(44, 160, 44),
        _ => {
            const REST: [RGBColor; 6] = [
                RGBColor(148, 103, 189),
                RGBColor(140, 86, 75),
                RGBColor(227, 119, 194),
                RGBColor(127, 127, 127),
                RGBColor(188, 189, 34),
                RGBColor(23, 190, 207),
            ];
            REST[index % REST.len()]
        }
    }
}

fn color_of(res: &Results, runtime: &str) -> RGBColor {
    let index = res
        .runtimes
        .iter()
        .position(|r| r.name == runtime)
        .unwrap_or(0);
    runtime_color(runtime, index)
}

/// A number with at most three significant digits and no trailing zeros.
fn short_number(v: f64) -> String {
    let digits = if v == 0.0 {
        0
    } else {
        (2 - v.abs().log10().floor() as i32).clamp(0, 6) as usize
    };
    let text = format!("{v:.digits$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Tick values for a log axis over `lo..hi`: 1-2-5 per decade, or a denser
/// series when that gives fewer than four ticks.
fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    const SERIES: [&[f64]; 3] = [
        &[1.0, 2.0, 5.0],
        &[1.0, 1.5, 2.0, 3.0, 5.0, 7.0],
        &[1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0],
    ];
    let mut ticks = Vec::new();
    if !(lo > 0.0 && hi > lo && lo.is_finite() && hi.is_finite()) {
        return ticks;
    }
    for series in SERIES {
        ticks.clear();
        let first = lo.log10().floor() as i32;
        let last = hi.log10().ceil() as i32;
        for e in first..=last {
            for m in series {
                let v = if e >= 0 {
                    m * 10f64.powi(e)
                } else {
                    m / 10f64.powi(-e)
                };
                if v >= lo && v <= hi {
                    ticks.push(v);
                }
            }
        }
        if ticks.len() >= 4 {
            break;
        }
    }
    ticks
}

/// Draw a centred message on an otherwise empty chart.
fn placeholder(path: &Path, title: &str, message: &str) -> DrawResult {
    let root = SVGBackend::new(path, (800, 200)).into_drawing_area();
    root.fill(&WHITE)?;
    let style = TextStyle::from((FONT, 18).into_font()).pos(Pos::new(HPos::Center, VPos::Center));
    root.draw(&Text::new(title.to_string(), (400, 60), style.clone()))?;
    root.draw(&Text::new(
        message.to_string(),
        (400, 120),
        (FONT, 14)
            .into_font()
            .color(&BLACK)
            .pos(Pos::new(HPos::Center, VPos::Center)),
    ))?;
    root.present()?;
    Ok(())
}

/// Grouped bar chart of speed-up vs CPython per program and runtime (log
/// scale), with the geometric mean as the last group.
pub fn speedup_chart(path: &Path, res: &Results) -> DrawResult {
    let programs = res.programs();
    let mut runtimes: Vec<&str> = res
        .available_runtimes()
        .into_iter()
        .filter(|r| *r != BASELINE)
        .collect();
    if runtimes.is_empty() {
        // Only the baseline ran: show it so the chart is not empty.
        runtimes = res.available_runtimes();
    }
    if programs.is_empty() || runtimes.is_empty() {
        return placeholder(path, "Speed-up vs CPython", "no results");
    }
    // (group label, per runtime: speed-up or a verdict)
    let mut groups: Vec<(String, Vec<Bar>)> = Vec::new();
    for program in &programs {
        let row = runtimes
            .iter()
            .map(|rt| {
                let cell = res
                    .cells
                    .iter()
                    .find(|c| c.cell.program == *program && c.cell.runtime == *rt);
                match cell.map(|c| (c.summary.status, c.summary.speedup_vs_cpython)) {
                    Some((Status::Wrong, _)) => Err("WRONG"),
                    Some((Status::Failed, _)) => Err("FAILED"),
                    Some((_, s)) => Ok(s),
                    None => Ok(None),
                }
            })
            .collect();
        groups.push((program.to_string(), row));
    }
    let geo_row = runtimes
        .iter()
        .map(|rt| Ok(res.geomean_speedup_vs_cpython.get(*rt).copied()))
        .collect();
    groups.push(("geomean".to_string(), geo_row));

    let values: Vec<f64> = groups
        .iter()
        .flat_map(|(_, row)| row.iter().filter_map(|v| v.ok().flatten()))
        .collect();
    let lo = stats::min(&values).unwrap_or(1.0).min(1.0) / 1.6;
    let hi = stats::max(&values).unwrap_or(1.0).max(1.0) * 1.6;
    let n = groups.len();

    let width = (120 + 60 * n as u32).max(700);
    let root = SVGBackend::new(path, (width, 560)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Speed-up vs CPython (median run time, log scale, higher is better)",
            (FONT, 20),
        )
        .margin(15)
        .x_label_area_size(120)
        .y_label_area_size(70)
        .build_cartesian_2d(0f64..n as f64, (lo..hi).log_scale())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc("speed-up (×)")
        .y_labels(0)
        .y_label_formatter(&|_| String::new())
        .label_style((FONT, 13))
        .draw()?;
    // Plotters labels only powers of ten on a narrow log axis: draw our own
    // grid lines and labels at 1-2-5 style values.
    let grid = RGBColor(220, 220, 220);
    let tick_style =
        TextStyle::from((FONT, 13).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
    for v in log_ticks(lo, hi) {
        chart.draw_series(LineSeries::new(
            [(0.0, v), (n as f64, v)],
            grid.stroke_width(1),
        ))?;
        let (px, py) = chart.backend_coord(&(0.0, v));
        root.draw(&Text::new(
            format!("{}×", short_number(v)),
            (px - 8, py),
            tick_style.clone(),
        ))?;
    }

    let k = runtimes.len() as f64;
    let bar = 0.8 / k;
    for (j, rt) in runtimes.iter().enumerate() {
        let color = color_of(res, rt);
        let mut rects = Vec::new();
        for (i, (_, row)) in groups.iter().enumerate() {
            if let Ok(Some(v)) = row[j] {
                let x0 = i as f64 + 0.1 + j as f64 * bar;
                rects.push(Rectangle::new(
                    [(x0, v.max(1.0)), (x0 + bar * 0.9, v.min(1.0))],
                    color.filled(),
                ));
            }
        }
        chart
            .draw_series(rects)?
            .label(*rt)
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], color.filled()));
    }
    chart.draw_series(LineSeries::new(
        [(0.0, 1.0), (n as f64, 1.0)],
        BLACK.stroke_width(1),
    ))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FONT, 13))
        .draw()?;

    // Category labels under the axis (rotated) and verdict markers.
    let label_style = TextStyle::from((FONT, 13).into_font()).transform(FontTransform::Rotate90);
    let bad_style = TextStyle::from((FONT, 11).into_font())
        .color(&RGBColor(200, 0, 0))
        .transform(FontTransform::Rotate270);
    for (i, (name, row)) in groups.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(i as f64 + 0.5, lo));
        root.draw(&Text::new(
            name.clone(),
            (px - 6, py + 8),
            label_style.clone(),
        ))?;
        for (j, v) in row.iter().enumerate() {
            if let Err(verdict) = v {
                let x = i as f64 + 0.1 + (j as f64 + 0.5) * bar;
                let (bx, by) = chart.backend_coord(&(x, 1.0));
                root.draw(&Text::new(
                    verdict.to_string(),
                    (bx - 5, by - 4),
                    bad_style.clone(),
                ))?;
            }
        }
    }
    root.present()?;
    Ok(())
}

/// Per-iteration times (median over the timed runs of each iteration
/// index) for the first `WARMUP_ITERS` iterations, one panel per program.
pub fn warmup_chart(path: &Path, res: &Results) -> DrawResult {
    let runtimes = res.available_runtimes();
    // program -> [(runtime, per-iteration medians in ms)]
    let mut panels: Vec<(&str, Vec<Curve>)> = Vec::new();
    for program in res.programs() {
        let mut lines = Vec::new();
        for rt in &runtimes {
            let Some(c) = res
                .cells
                .iter()
                .find(|c| c.cell.program == program && c.cell.runtime == *rt)
            else {
                continue;
            };
            if !c.summary.status.timed() {
                continue;
            }
            let longest = c
                .cell
                .runs
                .iter()
                .map(|r| r.iter_times.len())
                .max()
                .unwrap_or(0);
            let curve: Vec<f64> = (0..longest.min(WARMUP_ITERS))
                .filter_map(|i| {
                    let at: Vec<f64> = c
                        .cell
                        .runs
                        .iter()
                        .filter_map(|r| r.iter_times.get(i).copied())
                        .collect();
                    stats::median(&at).map(|s| s * 1000.0)
                })
                .collect();
            if !curve.is_empty() {
                lines.push((*rt, curve));
            }
        }
        if !lines.is_empty() {
            panels.push((program, lines));
        }
    }
    if panels.is_empty() {
        return placeholder(
            path,
            "Warm-up: per-iteration time",
            "no iter-time data (programs print it under HERON_BENCH_ITER_TIMES=1)",
        );
    }
    let cols = 2usize;
    let rows = panels.len().div_ceil(cols);
    let root = SVGBackend::new(path, (1100, 60 + 300 * rows as u32)).into_drawing_area();
    root.fill(&WHITE)?;
    let (title, body) = root.split_vertically(50);
    title.draw(&Text::new(
        format!(
            "Warm-up: time per iteration (ms), first {WARMUP_ITERS} iterations, median over runs"
        ),
        (550, 25),
        TextStyle::from((FONT, 20).into_font()).pos(Pos::new(HPos::Center, VPos::Center)),
    ))?;
    let areas = body.split_evenly((rows, cols));
    for ((program, lines), area) in panels.iter().zip(areas.iter()) {
        let max_x = lines.iter().map(|(_, c)| c.len()).max().unwrap_or(1).max(2);
        let all: Vec<f64> = lines.iter().flat_map(|(_, c)| c.iter().copied()).collect();
        let hi = stats::max(&all).unwrap_or(1.0) * 1.1;
        let mut chart = ChartBuilder::on(area)
            .caption(*program, (FONT, 16))
            .margin(10)
            .x_label_area_size(35)
            .y_label_area_size(60)
            .build_cartesian_2d(1f64..max_x as f64, 0f64..hi.max(1e-6))?;
        chart
            .configure_mesh()
            .x_desc("iteration")
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_desc("ms")
            .y_label_formatter(&|y| short_number(*y))
            .label_style((FONT, 12))
            .draw()?;
        for (rt, curve) in lines {
            let color = color_of(res, rt);
            chart
                .draw_series(LineSeries::new(
                    curve.iter().enumerate().map(|(i, v)| ((i + 1) as f64, *v)),
                    color.stroke_width(2),
                ))?
                .label(*rt)
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 16, y)], color.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font((FONT, 12))
            .draw()?;
    }
    root.present()?;
    Ok(())
}

/// Median run time against size for one program, one line per runtime.
pub fn scaling_chart(path: &Path, res: &Results, program: &str) -> DrawResult {
    let mut lines: Vec<(&str, Vec<(f64, f64)>)> = Vec::new();
    for rt in res.available_runtimes() {
        let mut pts: Vec<(f64, f64)> = res
            .cells
            .iter()
            .filter(|c| c.cell.program == program && c.cell.runtime == rt)
            .filter_map(|c| c.summary.median_s.map(|m| (c.cell.size as f64, m)))
            .collect();
        pts.sort_by(|a, b| a.0.total_cmp(&b.0));
        if !pts.is_empty() {
            lines.push((rt, pts));
        }
    }
    if lines.is_empty() {
        return placeholder(path, &format!("Scaling: {program}"), "no successful runs");
    }
    let xs: Vec<f64> = lines
        .iter()
        .flat_map(|(_, p)| p.iter().map(|q| q.0))
        .collect();
    let ys: Vec<f64> = lines
        .iter()
        .flat_map(|(_, p)| p.iter().map(|q| q.1))
        .collect();
    let max_x = stats::max(&xs).unwrap_or(1.0) * 1.05;
    let max_y = stats::max(&ys).unwrap_or(1.0) * 1.1;
    let root = SVGBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!("Scaling: {program} (median run time vs size)"),
            (FONT, 20),
        )
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(70)
        .build_cartesian_2d(0f64..max_x, 0f64..max_y)?;
    chart
        .configure_mesh()
        .x_desc("size parameter")
        .x_label_formatter(&|x| short_number(*x))
        .y_desc("seconds")
        .y_label_formatter(&|y| short_number(*y))
        .label_style((FONT, 13))
        .draw()?;
    for (rt, pts) in &lines {
        let color = color_of(res, rt);
        chart
            .draw_series(LineSeries::new(pts.iter().copied(), color.stroke_width(2)))?
            .label(*rt)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], color.stroke_width(2)));
        chart.draw_series(pts.iter().map(|p| Circle::new(*p, 4, color.filled())))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FONT, 13))
        .draw()?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks() {
        assert_eq!(log_ticks(0.3, 60.0), [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0]);
        assert_eq!(log_ticks(0.6, 2.5), [0.7, 1.0, 1.5, 2.0]);
        assert_eq!(log_ticks(0.9, 1.3), [0.9, 1.0, 1.2]);
        assert!(log_ticks(0.0, 1.0).is_empty());
    }

    #[test]
    fn short_numbers() {
        assert_eq!(short_number(1.0), "1");
        assert_eq!(short_number(0.5), "0.5");
        assert_eq!(short_number(2.345), "2.35");
        assert_eq!(short_number(150000.0), "150000");
        assert_eq!(short_number(0.0), "0");
        assert_eq!(short_number(0.01234), "0.0123");
    }
}
