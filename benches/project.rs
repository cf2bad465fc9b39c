//! A project of 10,000 claims and 5,000 links, saved (canonical RON, atomic write with the
//! previous version kept) and loaded (read and parsed). Target: under 100 ms each.

#[global_allocator]
static GLOBAL: tahqiq::alloc::Mimalloc = tahqiq::alloc::Mimalloc;

use std::path::PathBuf;

use tahqiq::project::session::new_claim;
use tahqiq::project::{ClaimKind, Project, Relation, Status, store};

fn main() {
    divan::main();
}

/// The project: claims over the sample set's text, tagged, some with notes, and links.
fn big_project() -> Project {
    let samples = tahqiq::corpus::sample_set();
    let mut project = Project::default();
    for n in 0..10_000u32 {
        let article = &samples[n as usize % samples.len()];
        let chars: Vec<char> = article.text.chars().collect();
        let start = (n as usize * 37) % (chars.len() - 80);
        let mut claim = new_claim(
            n + 1,
            &article.name,
            &chars,
            start,
            start + 60,
            ClaimKind::Quote,
        );
        claim.tags = vec!["claim".to_owned(), "official".to_owned()];
        claim.status = Status::ALL[n as usize % Status::ALL.len()];
        if n % 3 == 0 {
            claim.note = "تحقق من الرقم مع بيان وزارة الدفاع".to_owned();
        }
        project.claims.push(claim);
    }
    for n in 0..5_000u32 {
        project.link(n * 2 + 1, n * 2 + 2, Relation::Same);
    }
    project.normalise();
    project
}

fn file() -> PathBuf {
    std::env::temp_dir().join(format!("tahqiq-bench-project-{}.ron", std::process::id()))
}

#[divan::bench(sample_count = 20)]
fn save_10k_claims(bencher: divan::Bencher) {
    let path = file();
    bencher
        .with_inputs(|| {
            let mut project = big_project();
            // A change each time, so the save is not skipped as identical.
            project.claims[0].note = format!("{:?}", std::time::Instant::now());
            project
        })
        .bench_refs(|project| store::save(&path, project).expect("saved"));
}

#[divan::bench(sample_count = 20)]
fn load_10k_claims(bencher: divan::Bencher) {
    let path = file();
    store::save(&path, &big_project()).expect("saved");
    bencher.bench(|| {
        store::load(&path)
            .expect("loads")
            .expect("there")
            .claims
            .len()
    });
}

#[divan::bench(sample_count = 20)]
fn serialise_10k_claims(bencher: divan::Bencher) {
    let project = big_project();
    bencher.bench(|| store::to_ron(&project).len());
}
