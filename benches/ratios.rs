//! The two ratios the corpus targets are stated in — `tahqiq extract` against `rg -c '[«“"]'`
//! and against the Python baseline (`benches/baseline.py`) over the unpacked corpus — measured
//! in turns: each round runs the commands one after another, each from the same warm page
//! cache, and the ratios are taken within a round. A fourth command, `benches/baseline_jobs.py`,
//! is a script doing the same three jobs as `tahqiq extract` (quotations with their speech verb
//! and speaker, reported speech, numbers with units and kinds): the baseline is a lower bound,
//! this the cost of a script closer to the work.
//!
//! `benches/corpus.rs` measures each command in a run of its own samples, so a neighbour's load
//! that comes and goes between those runs moves the ratios by as much as a third on a shared
//! machine; commands measured seconds apart see the same machine. Prints each round and the
//! medians (skipped with a message when the corpus, `rg` or `python3` is missing).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

/// Rounds measured; the two scripts take about seven seconds a round.
const ROUNDS: usize = 5;

fn main() {
    let Some(folder) = common::unpacked_corpus() else {
        return;
    };
    let Some(mut ripgrep) = common::ripgrep(&folder) else {
        return;
    };
    if !common::have("python3") {
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let mut extract = common::tahqiq_extract(&folder);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/baseline.py");
    let jobs_script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/baseline_jobs.py");
    let timed = |command: &mut Command| {
        common::warm(&folder);
        let start = Instant::now();
        common::run_quietly(command);
        start.elapsed()
    };
    println!("round   tahqiq        rg    python      jobs   ×rg  python×   jobs×");
    let mut rounds = Vec::with_capacity(ROUNDS);
    for round in 1..=ROUNDS {
        let tahqiq = timed(&mut extract);
        let rg = timed(&mut ripgrep);
        let python = timed(Command::new("python3").arg(script).arg(&folder));
        let jobs = timed(Command::new("python3").arg(jobs_script).arg(&folder));
        let measured = Round::new(tahqiq, rg, python, jobs);
        println!("{round:>5} {measured}");
        rounds.push(measured);
    }
    let median = |pick: fn(&Round) -> f64| {
        let mut values: Vec<f64> = rounds.iter().map(pick).collect();
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let medians = Round {
        tahqiq: median(|r| r.tahqiq),
        rg: median(|r| r.rg),
        python: median(|r| r.python),
        jobs: median(|r| r.jobs),
        times_rg: median(|r| r.times_rg),
        python_times: median(|r| r.python_times),
        jobs_times: median(|r| r.jobs_times),
    };
    println!("median {medians}   (targets: ×rg ≤ 3.00, python× ≥ 10.0)");
}

/// One round's times in milliseconds, and its ratios: how many times ripgrep's time tahqiq
/// takes, and how many times tahqiq's each script takes.
struct Round {
    tahqiq: f64,
    rg: f64,
    python: f64,
    jobs: f64,
    times_rg: f64,
    python_times: f64,
    jobs_times: f64,
}

impl Round {
    fn new(tahqiq: Duration, rg: Duration, python: Duration, jobs: Duration) -> Self {
        let ms = |time: Duration| time.as_secs_f64() * 1000.0;
        let (tahqiq, rg, python, jobs) = (ms(tahqiq), ms(rg), ms(python), ms(jobs));
        Self {
            tahqiq,
            rg,
            python,
            jobs,
            times_rg: tahqiq / rg,
            python_times: python / tahqiq,
            jobs_times: jobs / tahqiq,
        }
    }
}

impl std::fmt::Display for Round {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>6.0} ms {:>6.0} ms {:>7.0} ms {:>7.0} ms {:>5.2} {:>8.1} {:>7.1}",
            self.tahqiq,
            self.rg,
            self.python,
            self.jobs,
            self.times_rg,
            self.python_times,
            self.jobs_times
        )
    }
}
