//! `connection-schema fetch-metadata` against a local HTTP server on 127.0.0.1 that serves our
//! own response bodies, shaped as the Dataverse Web API documents them
//! (`tests/fixtures/metadata/fetch/`): every file is written only when every response arrived
//! whole, the bodies are saved byte for byte, and the token never shows.

mod support;

use std::path::Path;
use std::process::Output;
use std::time::{Duration, SystemTime};

use support::{command, stderr, stdout, Reply, Server, TempDir};

/// Shaped like a JWT, and distinctive enough that finding it anywhere is a leak.
const TOKEN: &str = "eyJ0eXAiOiJKV1QifQ.eyJzZWNyZXQiOiJ0ZXN0In0.SECRET-test-token_42";

const API: &str = "/api/data/v9.2/";

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(support::LIB_DIR)
        .join("tests/fixtures/metadata/fetch")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The four attribute queries for `table`, then the tables of the environment: request target,
/// fixture served, file written.
fn queries(table: &str) -> Vec<(String, &'static str, String)> {
    let mut queries: Vec<_> = [
        ("PicklistAttributeMetadata", "picklist"),
        ("MultiSelectPicklistAttributeMetadata", "multiselect"),
        ("StateAttributeMetadata", "state"),
        ("StatusAttributeMetadata", "status"),
    ]
    .into_iter()
    .map(|(cast, suffix)| {
        (
            format!(
                "{API}EntityDefinitions(LogicalName='{table}')/Attributes/Microsoft.Dynamics.CRM.{cast}\
                 ?$select=LogicalName,SchemaName&$expand=OptionSet,GlobalOptionSet"
            ),
            match suffix {
                "picklist" => "connection-picklist.json",
                "multiselect" => "connection-multiselect.json",
                "state" => "connection-state.json",
                _ => "connection-status.json",
            },
            format!("env-{table}-{suffix}.json"),
        )
    })
    .collect();
    queries.push((
        format!("{API}EntityDefinitions?$select=LogicalName,SchemaName,ObjectTypeCode,DisplayName"),
        "entitydefinitions.json",
        "env-entitydefinitions.json".to_owned(),
    ));
    queries
}

/// Every query answered with its fixture, except query `index`, answered with `reply`.
fn routes_with(index: Option<usize>, reply: Reply) -> Vec<(String, Reply)> {
    queries("connection")
        .into_iter()
        .enumerate()
        .map(|(i, (target, body, _))| {
            if Some(i) == index {
                (target, reply.clone())
            } else {
                (target, Reply::Json(fixture(body)))
            }
        })
        .collect()
}

fn all_routes() -> Vec<(String, Reply)> {
    routes_with(None, Reply::Json(Vec::new()))
}

/// A repository with a page and two older exports, which failures must leave alone.
fn repo(label: &str) -> TempDir {
    let dir = TempDir::new(label);
    dir.write(
        "docs/connection.md",
        "# Connection table/entity reference\n",
    );
    dir.write(
        "docs/env-connection-picklist.json",
        r#"{"@odata.context":"https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#EntityDefinitions('connection')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata(LogicalName,SchemaName,OptionSet,GlobalOptionSet)","value":[]}"#,
    );
    dir.write(
        "docs/env-entitydefinitions.json",
        "{\"@odata.context\":\"old\",\"value\":[]}\n",
    );
    dir
}

/// Every file in `docs/` with its bytes: compared before and after a failure.
fn snapshot(dir: &TempDir) -> Vec<(String, Vec<u8>)> {
    dir.list("docs")
        .into_iter()
        .map(|name| {
            let bytes = dir.read(&format!("docs/{name}"));
            (name, bytes)
        })
        .collect()
}

fn run(dir: &TempDir, args: &[&str], token: Option<&str>) -> Output {
    let mut command = command(dir.path(), args);
    match token {
        Some(token) => command.env("DATAVERSE_TOKEN", token),
        None => command.env_remove("DATAVERSE_TOKEN"),
    };
    command
        .output()
        .unwrap_or_else(|e| panic!("cannot run connection-schema: {e}"))
}

fn fetch(dir: &TempDir, server: &Server, extra: &[&str]) -> Output {
    let mut args = vec![
        "fetch-metadata",
        "--url",
        &server.origin,
        "--table",
        "connection",
        "--out",
        "docs",
    ];
    args.extend_from_slice(extra);
    run(dir, &args, Some(TOKEN))
}

fn assert_no_token(output: &Output) {
    for (name, stream) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains(TOKEN), "the token is in {name}:\n{text}");
        assert!(
            !text.contains("SECRET"),
            "part of the token is in {name}:\n{text}"
        );
    }
}

/// Runs a fetch whose query `index` gets `reply`, checks that it fails, that no file in
/// `docs/` changed and that the token did not show, and returns stderr.
fn failing_fetch(label: &str, index: usize, reply: Reply, extra: &[&str]) -> (String, Server) {
    let dir = repo(label);
    let before = snapshot(&dir);
    let server = Server::start(routes_with(Some(index), reply));
    let output = fetch(&dir, &server, extra);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(output.stdout.is_empty(), "{}", stdout(&output));
    assert_no_token(&output);
    assert!(
        snapshot(&dir) == before,
        "docs/ changed: {:?}",
        dir.list("docs")
    );
    let message = stderr(&output);
    assert!(message.ends_with("\ndocs: no file written\n"), "{message}");
    (message, server)
}

#[test]
fn every_file_is_written_with_the_bytes_served() {
    let dir = repo("fetch-ok");
    let server = Server::start(all_routes());
    let output = fetch(&dir, &server, &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_no_token(&output);
    assert_eq!(stderr(&output), "");
    assert_eq!(
        stdout(&output),
        "docs/env-connection-picklist.json: written (2 columns)\n\
         docs/env-connection-multiselect.json: written (0 columns)\n\
         docs/env-connection-state.json: written (1 column)\n\
         docs/env-connection-status.json: written (1 column)\n\
         docs/env-entitydefinitions.json: written (4 tables)\n"
    );
    for (_, body, file) in queries("connection") {
        assert!(
            dir.read(&format!("docs/{file}")) == fixture(body),
            "{file} differs from {body}"
        );
    }
    assert_eq!(
        dir.list("docs"),
        [
            "connection.md",
            "env-connection-multiselect.json",
            "env-connection-picklist.json",
            "env-connection-state.json",
            "env-connection-status.json",
            "env-entitydefinitions.json",
        ],
        "no temporary file left"
    );

    let received = server.received();
    let targets: Vec<String> = queries("connection").into_iter().map(|q| q.0).collect();
    assert_eq!(server.requests(), targets);
    for request in &received {
        assert_eq!(
            request.header("authorization"),
            [format!("Bearer {TOKEN}")],
            "{}",
            request.path
        );
        assert_eq!(request.header("accept"), ["application/json"]);
        assert_eq!(request.header("odata-maxversion"), ["4.0"]);
        assert_eq!(request.header("odata-version"), ["4.0"]);
        assert_eq!(request.header("prefer"), Vec::<&str>::new());
    }
}

/// A file whose bytes did not change keeps its modification time, so builds do not rerun.
#[test]
fn files_that_did_not_change_are_not_rewritten() {
    let dir = repo("fetch-same");
    let same = dir.write(
        "docs/env-connection-picklist.json",
        fixture("connection-picklist.json"),
    );
    let past = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    std::fs::File::options()
        .write(true)
        .open(&same)
        .and_then(|file| file.set_modified(past))
        .unwrap_or_else(|e| panic!("set mtime: {e}"));
    let server = Server::start(all_routes());
    let output = fetch(&dir, &server, &["--timeout", "30"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(
        report.starts_with("docs/env-connection-picklist.json: unchanged (2 columns)\n"),
        "{report}"
    );
    assert!(
        report.contains("docs/env-entitydefinitions.json: written (4 tables)\n"),
        "{report}"
    );
    let modified = std::fs::metadata(&same)
        .and_then(|m| m.modified())
        .unwrap_or_else(|e| panic!("mtime: {e}"));
    assert_eq!(modified, past);
    assert_eq!(
        dir.read("docs/env-entitydefinitions.json"),
        fixture("entitydefinitions.json")
    );
}

/// The last request fails after four good ones: still nothing is written.
#[test]
fn a_401_writes_nothing_and_asks_about_the_token() {
    let reply = Reply::Status {
        status: "401 Unauthorized",
        body: Vec::new(),
    };
    let (message, server) = failing_fetch("fetch-401", 4, reply, &[]);
    assert_eq!(
        message,
        format!(
            "{}{API}EntityDefinitions?$select=LogicalName,SchemaName,ObjectTypeCode,DisplayName: \
             HTTP 401 Unauthorized: is DATAVERSE_TOKEN valid and unexpired?\n\
             docs: no file written\n",
            server.origin
        )
    );
    assert_eq!(server.requests().len(), 5);
}

#[test]
fn a_404_names_the_table_and_the_path() {
    let dir = repo("fetch-404");
    let before = snapshot(&dir);
    let (target, _, _) = queries("nosuchtable").remove(0);
    let server = Server::start(vec![(
        target.clone(),
        Reply::Status {
            status: "404 Not Found",
            body: fixture("error-404.json"),
        },
    )]);
    let output = run(
        &dir,
        &[
            "fetch-metadata",
            "--url",
            &format!("{}/", server.origin),
            "--table=nosuchtable",
        ],
        Some(TOKEN),
    );
    assert_eq!(output.status.code(), Some(1));
    assert_no_token(&output);
    assert_eq!(
        stderr(&output),
        format!(
            "{}{target}: HTTP 404 Not Found: is there a table with the logical name \
             \"nosuchtable\" in this environment? (Dataverse says: Could not find entity with \
             name 'nosuchtable'.)\n\
             docs: no file written\n",
            server.origin
        )
    );
    assert!(snapshot(&dir) == before);
    assert_eq!(server.requests(), [target], "nothing asked after the 404");
}

#[test]
fn a_truncated_body_writes_nothing() {
    let full = fixture("connection-status.json");
    let reply = Reply::Truncated {
        body: full[..full.len() / 2].to_vec(),
        claimed: full.len(),
    };
    let (message, server) = failing_fetch("fetch-truncated", 3, reply, &[]);
    let (target, _, _) = queries("connection").remove(3);
    let expected = format!(
        "{}{target}: the connection closed before the whole response arrived",
        server.origin
    );
    assert!(message.starts_with(&expected), "{message}");
}

#[test]
fn a_silent_server_times_out_and_writes_nothing() {
    let reply = Reply::Silent {
        delay: Duration::from_secs(20),
    };
    let (message, server) = failing_fetch("fetch-slow", 4, reply, &["--timeout", "1"]);
    assert_eq!(
        message,
        format!(
            "{}{API}EntityDefinitions?$select=LogicalName,SchemaName,ObjectTypeCode,DisplayName: \
             timed out: the whole response did not arrive within 1 s (--timeout)\n\
             docs: no file written\n",
            server.origin
        )
    );
}

#[test]
fn a_body_that_is_not_an_odata_collection_writes_nothing() {
    for (label, body) in [
        ("fetch-html", &b"<html><body>Sign in</body></html>"[..]),
        ("fetch-no-value", br#"{"@odata.context":"https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#EntityDefinitions"}"#),
    ] {
        let (message, _) = failing_fetch(label, 0, Reply::Json(body.to_vec()), &[]);
        assert!(
            message.contains(": not a saved Web API response: "),
            "{message}"
        );
    }
}

/// A collection the typed reader rejects (an option value that is not an integer) is not saved:
/// the build would reject it.
#[test]
fn a_collection_the_reader_rejects_writes_nothing() {
    let body = br#"{"@odata.context":"https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#EntityDefinitions('connection')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata","value":[{"LogicalName":"a","SchemaName":"A","OptionSet":{"Options":[{"Value":"x","Label":{"LocalizedLabels":[]}}]}}]}"#;
    let (message, _) = failing_fetch("fetch-typed", 0, Reply::Json(body.to_vec()), &[]);
    assert!(
        message.contains(": the response does not read as metadata: ")
            && message.contains(
                "value[0].OptionSet.Options[0].Value: invalid type: string \"x\", expected i32"
            ),
        "{message}"
    );
}

/// A server that echoes the request's headers into its error must not get the token printed.
#[test]
fn a_token_echoed_by_the_server_is_not_printed() {
    let body = format!(
        r#"{{"error":{{"code":"0x0","message":"bad request, Authorization: Bearer {TOKEN}"}}}}"#
    );
    let reply = Reply::Status {
        status: "400 Bad Request",
        body: body.into_bytes(),
    };
    let (message, _) = failing_fetch("fetch-echo", 1, reply, &[]);
    assert!(
        message.contains(
            "HTTP 400 Bad Request (Dataverse says: bad request, Authorization: Bearer <DATAVERSE_TOKEN>)"
        ),
        "{message}"
    );
}

#[test]
fn a_missing_or_unusable_token_is_refused_before_any_request() {
    let dir = repo("fetch-token");
    let before = snapshot(&dir);
    let server = Server::start(all_routes());
    let args = [
        "fetch-metadata",
        "--url",
        &server.origin,
        "--table",
        "connection",
    ];
    for (token, expected) in [
        (None, "DATAVERSE_TOKEN is not set: "),
        (Some(""), "DATAVERSE_TOKEN is empty: "),
        (Some("  \n"), "DATAVERSE_TOKEN is empty"),
        (
            Some("Bearer SECRET-abc"),
            "DATAVERSE_TOKEN does not hold a bearer token",
        ),
        (
            Some("SECRET\r\nX-Injected: 1"),
            "DATAVERSE_TOKEN does not hold a bearer token",
        ),
    ] {
        let output = run(&dir, &args, token);
        assert_eq!(output.status.code(), Some(1), "{token:?}");
        assert!(
            stderr(&output).starts_with(expected),
            "{token:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("SECRET"), "{}", stderr(&output));
        assert!(output.stdout.is_empty());
    }
    assert_eq!(server.requests(), Vec::<String>::new());
    assert!(snapshot(&dir) == before);
}

#[test]
fn bad_arguments_are_refused_before_any_request() {
    let dir = repo("fetch-args");
    let before = snapshot(&dir);
    let server = Server::start(all_routes());
    for table in [
        "Connection",
        "connection'",
        "connection')/x",
        "../connection",
        "connection?$top=1",
        "",
    ] {
        let output = run(
            &dir,
            &["fetch-metadata", "--url", &server.origin, "--table", table],
            Some(TOKEN),
        );
        assert_eq!(output.status.code(), Some(1), "{table:?}");
        assert!(
            stderr(&output).starts_with(&format!("{table:?} is not a table logical name")),
            "{table:?}: {}",
            stderr(&output)
        );
        assert_no_token(&output);
    }
    for (args, expected) in [
        (
            vec![
                "--url",
                "http://contoso.crm.dynamics.com",
                "--table",
                "connection",
            ],
            "--url \"http://contoso.crm.dynamics.com\": the token is only sent over https",
        ),
        (
            vec![
                "--url",
                &server.origin,
                "--table",
                "connection",
                "--out",
                "nowhere",
            ],
            "nowhere: not a directory",
        ),
        (
            vec!["--table", "connection"],
            "error: the following required arguments were not provided:\n  --url <URL>",
        ),
        (
            vec!["--url", &server.origin],
            "error: the following required arguments were not provided:\n  --table <TABLE>",
        ),
        (
            vec![
                "--url",
                &server.origin,
                "--table",
                "connection",
                "--timeout",
                "0",
            ],
            "error: invalid value '0' for '--timeout <SECS>': --timeout needs a number of seconds",
        ),
        (
            vec!["connection"],
            "error: unexpected argument 'connection' found",
        ),
    ] {
        let mut full = vec!["fetch-metadata"];
        full.extend(args);
        let output = run(&dir, &full, Some(TOKEN));
        assert_eq!(output.status.code(), Some(1), "{full:?}");
        assert!(
            stderr(&output).starts_with(expected),
            "{full:?}: {}",
            stderr(&output)
        );
    }
    assert_eq!(server.requests(), Vec::<String>::new());
    assert!(snapshot(&dir) == before);
}
