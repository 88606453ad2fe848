//! A config-driven pipeline: steps defined in `examples/data/pipeline.yaml`, each step's code
//! compiled once and run against one shared context, with explicit persistence.
//!
//! `cargo run --example pipeline [-- PIPELINE.yaml]` prints the step output, then the final
//! context as JSON.

use krait::{compile, Code, Layer, Mode, Namespace, PrintSink};

/// One step of the pipeline: its compiled code and the names it hands on.
struct Step {
    name: String,
    code: Code,
    persist: Vec<String>,
}

fn load(path: &str) -> Result<(serde_json::Value, Vec<Step>), Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path)?;
    let config: serde_json::Value = serde_norway::from_str(&text)?;
    let mut steps = Vec::new();
    for s in config["steps"].as_array().ok_or("`steps` must be a list")? {
        let name = s["name"].as_str().ok_or("a step needs a name")?.to_string();
        let source = s["code"].as_str().ok_or("a step needs code")?;
        // Compiled once, with the step's name as filename so tracebacks point at it.
        let code = compile(source, &format!("<step {name}>"), Mode::Exec)?;
        let persist = s["persist"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        steps.push(Step {
            name,
            code,
            persist,
        });
    }
    Ok((config["context"].clone(), steps))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/pipeline.yaml");
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| default.to_string());
    let (context, steps) = load(&path)?;
    let ctx = Layer::from_json(&context)?;
    let mut ns = Namespace::new().with_layer(&ctx);
    ns.set_print(PrintSink::callback(|text| print!("[step] {text}")));
    for step in &steps {
        ns.exec(&step.code)
            .map_err(|e| format!("step '{}' failed:\n{e}", step.name))?;
        let names: Vec<&str> = step.persist.iter().map(String::as_str).collect();
        ns.persist(&names)?;
        // Temporaries of one step never leak into the next.
        ns.clear_scratch();
    }
    println!("{}", ctx.to_json()?);
    Ok(())
}
