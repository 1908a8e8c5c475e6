//! Helpers shared by the CLI tests (`cli`, `diff`, `update`, `check`, `fetch_metadata`): running
//! the binary, scratch directories and a local HTTP server.

#![allow(dead_code)] // each test file uses a different subset

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The library package: the tests run the binary there, so that the fixtures' relative paths
/// (`tests/fixtures/…`, `../docs/…`) and the messages naming them read as before the CLI
/// moved into its own package.
pub const LIB_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../connection-schema");

/// The binary, with proxy variables removed so that requests to 127.0.0.1 never go through a
/// proxy the environment may name.
pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_connection-schema"));
    command.args(args).current_dir(dir);
    for var in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        command.env_remove(var);
    }
    command
}

pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    command(dir, args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run connection-schema: {e}"))
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap_or_else(|e| panic!("stdout: {e}"))
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap_or_else(|e| panic!("stderr: {e}"))
}

/// A directory under the system temp dir, unique per process and call, removed on drop.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    pub fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "connection-schema-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Self { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `relative` (creating folders) and returns its full path.
    pub fn write(&self, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{}: {e}", parent.display()));
        }
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        path
    }

    pub fn read(&self, relative: &str) -> Vec<u8> {
        let path = self.path.join(relative);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The names in `relative`, sorted: shows leftover temporary files.
    pub fn list(&self, relative: &str) -> Vec<String> {
        let dir = self.path.join(relative);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| {
                entry
                    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A one-column page in the newer format.
pub fn page(column: &str, options: &[(i32, &str)]) -> String {
    let mut page = format!(
        "# Widget table/entity reference\n\n#### {column} Choices/Options\n\n|Value|Label|\n|---|---|\n"
    );
    for (value, label) in options {
        page.push_str(&format!("|{value}|**{label}**|\n"));
    }
    page
}

/// What the test server answers for one path.
#[derive(Clone)]
pub enum Reply {
    /// 200 with a markdown page.
    Page(Vec<u8>),
    /// 200 with a JSON body.
    Json(Vec<u8>),
    /// Another status line (`"401 Unauthorized"`), with a JSON body when there is one.
    Status { status: &'static str, body: Vec<u8> },
    /// Announces `claimed` bytes, sends `body` and closes the connection.
    Truncated { body: Vec<u8>, claimed: usize },
    /// Reads the request and then says nothing for `delay` (or until the server stops).
    Silent { delay: Duration },
}

/// One request as the server received it.
#[derive(Clone, Debug)]
pub struct Request {
    /// The request target as sent: path and query.
    pub path: String,
    /// Names lowercased, in the order sent.
    pub headers: Vec<(String, String)>,
}

impl Request {
    /// Every value of header `name` (lowercase).
    pub fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// A plain HTTP/1.1 server on 127.0.0.1 in a thread. It answers at most `MAX_REQUESTS`
/// requests and stops by itself after `LIFETIME`, or when dropped, so a test that never calls
/// it cannot hang.
pub struct Server {
    /// `http://127.0.0.1:PORT/pages`, where `update` tests serve pages.
    pub base_url: String,
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    received: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `routes` (request target → reply; any other target is a 404).
    pub fn start(routes: Vec<(String, Reply)>) -> Self {
        const MAX_REQUESTS: usize = 8;
        const LIFETIME: Duration = Duration::from_secs(30);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
        listener
            .set_nonblocking(true)
            .unwrap_or_else(|e| panic!("nonblocking: {e}"));
        let port = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("local_addr: {e}"))
            .port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (log, stopped) = (Arc::clone(&received), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + LIFETIME;
            let mut served = 0;
            while served < MAX_REQUESTS
                && Instant::now() < deadline
                && !stopped.load(Ordering::Relaxed)
            {
                match listener.accept() {
                    Ok((stream, _)) => {
                        served += 1;
                        answer(stream, &routes, &log, &stopped);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    Err(_) => break,
                }
            }
        });
        let origin = format!("http://127.0.0.1:{port}");
        Self {
            base_url: format!("{origin}/pages"),
            origin,
            received,
            stop,
            thread: Some(thread),
        }
    }

    /// The request targets received so far.
    pub fn requests(&self) -> Vec<String> {
        self.received().into_iter().map(|r| r.path).collect()
    }

    /// The requests received so far, with their headers.
    pub fn received(&self) -> Vec<Request> {
        self.received
            .lock()
            .unwrap_or_else(|e| panic!("server log: {e}"))
            .clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one request, logs it (before answering, so the client never finishes first) and
/// answers it.
fn answer(
    mut stream: TcpStream,
    routes: &[(String, Reply)],
    log: &Mutex<Vec<Request>>,
    stop: &AtomicBool,
) -> Option<()> {
    stream.set_nonblocking(false).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut request = Vec::new();
    let mut buffer = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).ok()?;
        if read == 0 {
            return None;
        }
        request.extend_from_slice(&buffer[..read]);
    }
    let request = String::from_utf8_lossy(&request);
    let mut lines = request.split("\r\n");
    let path = lines.next()?.split_whitespace().nth(1)?.to_owned();
    let headers = lines
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    log.lock().ok()?.push(Request {
        path: path.clone(),
        headers,
    });
    let reply = routes.iter().find(|(p, _)| *p == path).map(|(_, r)| r);
    let whole = |status: &str, content_type: &str, body: &[u8]| {
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
    };
    let (head, body) = match reply {
        Some(Reply::Page(body)) => (
            whole("200 OK", "text/plain; charset=utf-8", body),
            body.clone(),
        ),
        Some(Reply::Json(body)) => (
            whole("200 OK", "application/json; odata.metadata=minimal", body),
            body.clone(),
        ),
        Some(Reply::Status { status, body }) => (
            whole(status, "application/json; odata.metadata=minimal", body),
            body.clone(),
        ),
        Some(Reply::Truncated { body, claimed }) => (
            format!("HTTP/1.1 200 OK\r\nContent-Length: {claimed}\r\nConnection: close\r\n\r\n"),
            body.clone(),
        ),
        Some(Reply::Silent { delay }) => {
            let until = Instant::now() + *delay;
            while Instant::now() < until && !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(10));
            }
            return Some(());
        }
        None => (
            whole("404 Not Found", "text/plain", b"404: Not Found"),
            b"404: Not Found".to_vec(),
        ),
    };
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
    let _ = stream.flush();
    // Dropping the stream closes it, which is what ends a truncated body early.
    Some(())
}
