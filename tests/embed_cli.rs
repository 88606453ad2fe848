//! The CLI side of the embedding issue: YAML/JSON contexts, `run --persist --output json`,
//! `krait timeit`'s output shape, and the two embedding examples' results.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn krait(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(args)
        .output()
        .expect("krait runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory for this test's files.
fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("krait-embed-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn write(d: &Path, file: &str, text: &str) -> String {
    let p = d.join(file);
    std::fs::write(&p, text).expect("write");
    p.to_string_lossy().into_owned()
}

const PROG: &str =
    "import math\nx = a + b\ny = {'k': nested['k'] + [c]}\nz = math.pi\ndef f(): pass\n";

#[test]
fn yaml_context_and_persisted_json() {
    let d = dir("yaml");
    let ctx = write(&d, "ctx.yaml", "a: 1\nb: 2\nc: 3\nnested:\n  k: [1, 2]\n");
    let prog = write(&d, "prog.py", PROG);
    let o = krait(&[
        "run",
        &prog,
        "--context",
        &ctx,
        "--persist",
        "x,y",
        "--output",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "{\"x\":3,\"y\":{\"k\":[1,2,3]}}\n");

    // Without --persist: every binding JSON can hold (not the module, not the function).
    let o = krait(&["run", &prog, "--context", &ctx, "--output", "json"]);
    assert_eq!(
        stdout(&o),
        "{\"x\":3,\"y\":{\"k\":[1,2,3]},\"z\":3.141592653589793}\n"
    );

    // Persisting something JSON cannot hold is an error, not a silent drop.
    let o = krait(&[
        "run",
        &prog,
        "--context",
        &ctx,
        "--persist",
        "x,f",
        "--output",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "krait: can't output bindings: 'f': TypeError: Object of type function is not JSON serializable\n"
    );
    let o = krait(&[
        "run",
        &prog,
        "--context",
        &ctx,
        "--persist",
        "nope",
        "--output",
        "json",
    ]);
    assert_eq!(
        stderr(&o),
        "krait: can't output bindings: NameError: name 'nope' is not defined\n"
    );
}

#[test]
fn json_context_still_works_and_bad_contexts_are_refused() {
    let d = dir("json");
    let ctx = write(
        &d,
        "ctx.json",
        r#"{"a": 1, "b": 2, "c": 3, "nested": {"k": []}}"#,
    );
    let o = krait(&["eval", "a + b * c", "--context", &ctx]);
    assert_eq!(stdout(&o), "7\n");
    let list = write(&d, "list.yml", "- 1\n- 2\n");
    let o = krait(&["eval", "1", "--context", &list]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("must be a YAML object"),
        "{}",
        stderr(&o)
    );
    let broken = write(&d, "broken.yaml", "a: [1, 2\n");
    let o = krait(&["eval", "1", "--context", &broken]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not valid YAML"), "{}", stderr(&o));
}

/// `N loop(s), best of R: T UNIT per loop`, as `python -m timeit` prints.
fn check_timeit_line(line: &str, loops: Option<&str>, repeat: &str) {
    let (head, tail) = line.split_once(", best of ").expect("timeit shape");
    let (count, word) = head.split_once(' ').expect("loop count");
    assert!(count.parse::<u64>().is_ok(), "{line}");
    assert_eq!(word, if count == "1" { "loop" } else { "loops" });
    if let Some(l) = loops {
        assert_eq!(count, l);
    } else {
        // Autorange picks 1, 2, 5 times a power of ten.
        let lead = count.trim_end_matches('0');
        assert!(["1", "2", "5"].contains(&lead), "{line}");
    }
    let (r, time) = tail.split_once(": ").expect("repeat");
    assert_eq!(r, repeat);
    let parts: Vec<&str> = time.split(' ').collect();
    assert_eq!(parts.len(), 4, "{line}");
    assert!(parts[0].parse::<f64>().is_ok(), "{line}");
    assert!(
        ["nsec", "usec", "msec", "sec"].contains(&parts[1]),
        "{line}"
    );
    assert_eq!(&parts[2..], ["per", "loop"]);
}

#[test]
fn timeit_output_shape() {
    let d = dir("timeit");
    let ctx = write(&d, "ctx.yaml", "a: 1\nb: 2\nc: 3\nname: xyz\n");
    let o = krait(&[
        "timeit",
        "a + b * 2 > c and name.startswith('x')",
        "--context",
        &ctx,
        "-n",
        "1000",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    check_timeit_line(stdout(&o).trim_end(), Some("1000"), "5");
    let o = krait(&["timeit", "x = [i for i in range(10)]", "-r", "2"]);
    check_timeit_line(stdout(&o).trim_end(), None, "2");
    let o = krait(&["timeit", "-n", "1", "1"]);
    check_timeit_line(stdout(&o).trim_end(), Some("1"), "5");
    let o = krait(&["timeit", "undefined_name", "-n", "3"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).ends_with("NameError: name 'undefined_name' is not defined\n"));
}

/// What an example binary (built by `cargo test` next to this test's own binary) printed; it
/// must succeed.
fn example(name: &str) -> String {
    let exe = std::env::current_exe().expect("test path");
    let profile_dir = exe.parent().and_then(Path::parent).expect("target dir");
    let path = profile_dir.join("examples").join(name);
    let o = Command::new(&path)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e} (built by cargo test)", path.display()));
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn pipeline_example_result() {
    // python3 running the same steps prints the same total and report.
    assert_eq!(
        example("pipeline"),
        "[step] 3 orders, total 42.00\n\
         {\"orders\":[{\"id\":1,\"item\":\"widget\",\"qty\":3,\"price\":2.5},\
         {\"id\":2,\"item\":\"gadget\",\"qty\":1,\"price\":10.0},\
         {\"id\":3,\"item\":\"widget\",\"qty\":7,\"price\":2.5}],\"tax_rate\":0.2,\
         \"subtotal\":35.0,\"tax\":7.0,\"total\":42.0,\
         \"report\":{\"total\":42.0,\"by_item\":{\"widget\":10,\"gadget\":1}}}\n"
    );
}

#[test]
fn rules_example_result() {
    // Counts from python3 evaluating the same rules over the same records.
    assert_eq!(
        example("rules"),
        "big_spender: 3327\nsuspicious: 240\nvip_name: 4000\nround_amount: 100\n"
    );
}
