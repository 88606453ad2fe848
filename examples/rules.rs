//! A rules engine: a handful of rule expressions compiled once and evaluated over many
//! records. Each record is a host layer; the rules see its fields as names, plus a host
//! function and a shared layer of thresholds.
//!
//! `cargo run --example rules` prints how many records each rule matched.

use krait::{compile, Code, Layer, Mode, Namespace};

const RULES: &[(&str, &str)] = &[
    (
        "big_spender",
        "amount > limits['big'] and country in allowed",
    ),
    ("suspicious", "amount > 900 and not verified"),
    ("vip_name", "name.startswith('v') or tier == 'gold'"),
    ("round_amount", "is_round(amount)"),
];

fn main() -> Result<(), krait::Error> {
    let rules: Vec<(&str, Code)> = RULES
        .iter()
        .map(|(name, src)| Ok((*name, compile(src, &format!("<rule {name}>"), Mode::Eval)?)))
        .collect::<Result<_, krait::Error>>()?;

    // Built once, shared by every evaluation.
    let shared = Layer::new();
    shared.set("limits", serde_json::json!({"big": 500}));
    shared.set("allowed", vec!["FR", "DE"]);
    shared.set_function("is_round", |x: i64| x % 100 == 0);

    // One record layer, refilled per record: no namespace is rebuilt per evaluation.
    let record = Layer::new();
    let mut ns = Namespace::new().with_layer(&record).with_layer(&shared);
    let countries = ["FR", "DE", "US"];
    let tiers = ["gold", "silver", "bronze", "none"];
    let mut counts = vec![0u32; rules.len()];
    for i in 0..10_000i64 {
        record.set("amount", (i * 37) % 1000);
        record.set("country", countries[(i % 3) as usize]);
        record.set("verified", i % 4 != 0);
        record.set("name", if i % 5 == 0 { "victor" } else { "alice" });
        record.set("tier", tiers[(i % 4) as usize]);
        for (k, (_, code)) in rules.iter().enumerate() {
            if ns.eval(code)?.extract::<bool>()? {
                counts[k] += 1;
            }
        }
    }
    for ((name, _), n) in rules.iter().zip(&counts) {
        println!("{name}: {n}");
    }
    Ok(())
}
