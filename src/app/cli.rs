//! The commands besides `serve`: check, backup, restore, reindex (see `control`).

use super::serve;
use crate::config::Config;
use crate::control;

/// Runs one command of the command line.
pub async fn command(command: &str, config: Config, file: Option<String>) -> Result<(), String> {
    let dir = config.data_dir.clone();
    let need_file =
        || file.clone().map(std::path::PathBuf::from).ok_or_else(|| format!("usage: bivouac {command} FILE"));
    match command {
        "serve" => serve(config).await,
        "check" => {
            let problems = blocking(move || control::check(&dir)).await?;
            if problems.is_empty() {
                println!("{}: the data file and every index are consistent", config.data_dir.display());
                Ok(())
            } else {
                problems.iter().for_each(|p| println!("problem: {p}"));
                Err(format!("{} problem(s) found in {}", problems.len(), config.data_dir.display()))
            }
        }
        "backup" => {
            let dest = need_file()?;
            println!("{}", blocking(move || control::backup(&dir, &dest)).await?);
            Ok(())
        }
        "reindex" => {
            println!("{}", blocking(move || control::reindex(&dir)).await?);
            Ok(())
        }
        "restore" => {
            let src = need_file()?;
            println!("{}", blocking(move || control::restore(&dir, &src)).await?);
            Ok(())
        }
        other => Err(format!("unknown command {other}; see bivouac --help")),
    }
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, String> + Send + 'static) -> Result<T, String> {
    tokio::task::spawn_blocking(f).await.map_err(|e| e.to_string())?
}
