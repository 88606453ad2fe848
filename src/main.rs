//! The `krait` command-line tool; see `src/cli/` for the commands.
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
