//! `fetch-metadata --url URL --table NAME [--out DIR] [--timeout SECS]`: saves the Web API
//! responses that describe a table's choice columns, and the environment's tables with their
//! object type codes, as `env-*.json` files next to the pages.
//!
//! The bearer token comes from `DATAVERSE_TOKEN` and goes into the `Authorization` header only:
//! it is never printed, never part of a message, never written. Every response is downloaded
//! and checked in memory first; only when all of them arrived whole are the files replaced, each
//! through a temporary file and a rename, so on any failure every file in the folder is as it
//! was. The bodies are saved byte for byte as served: they are the user's saved Web API
//! responses, which the JSON reader turns into layers.

use std::path::PathBuf;
use std::time::Duration;

use connection_schema::codegen::parse_metadata;
use serde::de::IgnoredAny;
use serde::Deserialize;

use crate::files::{stage, Staged};
use crate::Outcome;

/// The environment variable holding the bearer token.
pub(crate) const TOKEN_VARIABLE: &str = "DATAVERSE_TOKEN";

const DEFAULT_OUT: &str = "docs";

/// The entity definitions of a large environment run to a few megabytes; anything this big is
/// not a metadata answer.
const MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// Where the Web API lives under an environment's URL.
const API_PATH: &str = "api/data/v9.2";

/// The attribute types whose options become enums, and the file suffix of each.
const ATTRIBUTE_TYPES: [(&str, &str); 4] = [
    ("PicklistAttributeMetadata", "picklist"),
    ("MultiSelectPicklistAttributeMetadata", "multiselect"),
    ("StateAttributeMetadata", "state"),
    ("StatusAttributeMetadata", "status"),
];

/// The command line of `fetch-metadata`.
#[derive(clap::Args)]
pub(crate) struct Options {
    /// The environment, e.g. https://ORG.crm.dynamics.com (a trailing /api/data/v9.2 is allowed)
    #[arg(long)]
    pub(crate) url: String,
    /// The table's logical name, e.g. connection
    #[arg(long)]
    pub(crate) table: String,
    /// The folder the files are written to
    #[arg(long, value_name = "DIR", default_value = DEFAULT_OUT)]
    pub(crate) out: PathBuf,
    /// Seconds each request may take, from connecting to the last byte (up to 86400)
    #[arg(long, value_name = "SECS", default_value = "60", value_parser = parse_timeout)]
    pub(crate) timeout: Duration,
}

/// One request and the file its answer is saved as.
struct Query {
    /// Relative to the Web API root; every character is one RFC 3986 allows in a path or
    /// query as it stands (the table name is checked to be `[a-z0-9_]`), so nothing needs
    /// percent-encoding.
    relative: String,
    file: String,
    /// What the answer's `value` holds, for the report.
    items: &'static str,
    /// The table a 404 would be about, when the request names one.
    table: Option<String>,
}

fn queries(table: &str) -> Vec<Query> {
    let mut queries: Vec<Query> = ATTRIBUTE_TYPES
        .iter()
        .map(|(cast, suffix)| Query {
            relative: format!(
                "EntityDefinitions(LogicalName='{table}')/Attributes/Microsoft.Dynamics.CRM.{cast}\
                 ?$select=LogicalName,SchemaName&$expand=OptionSet,GlobalOptionSet"
            ),
            file: format!("env-{table}-{suffix}.json"),
            items: "column",
            table: Some(table.to_owned()),
        })
        .collect();
    queries.push(Query {
        relative: "EntityDefinitions?$select=LogicalName,SchemaName,ObjectTypeCode,DisplayName"
            .to_owned(),
        file: "env-entitydefinitions.json".to_owned(),
        items: "table",
        table: None,
    });
    queries
}

pub(crate) fn run(options: &Options) -> Outcome {
    let token = token_from_environment()?;
    fetch(options, &token)
}

fn parse_timeout(value: &str) -> Result<Duration, String> {
    value
        .parse::<f64>()
        .ok()
        .filter(|secs| *secs > 0.0 && *secs <= 86_400.0)
        .map(Duration::from_secs_f64)
        .ok_or_else(|| format!("--timeout needs a number of seconds up to 86400, not {value:?}"))
}

/// The token, never echoed: not even part of it goes into a message.
fn token_from_environment() -> Result<String, String> {
    let hint = format!(
        "set {TOKEN_VARIABLE} to a bearer token for the environment, e.g. \
         `export {TOKEN_VARIABLE}=\"$(az account get-access-token --resource https://ORG.crm.dynamics.com --query accessToken --output tsv)\"`"
    );
    match std::env::var_os(TOKEN_VARIABLE) {
        None => Err(format!("{TOKEN_VARIABLE} is not set: {hint}")),
        Some(value) if value.is_empty() => Err(format!("{TOKEN_VARIABLE} is empty: {hint}")),
        Some(value) => value
            .into_string()
            .map_err(|_| format!("{TOKEN_VARIABLE} is not valid UTF-8, so it is no bearer token")),
    }
}

/// Downloads every query for `options.table` and, once all arrived whole and valid, writes those
/// whose bytes changed. Returns the report: one line per file, written or unchanged.
pub(crate) fn fetch(options: &Options, token: &str) -> Result<String, String> {
    let token = bearer_token(token)?;
    // Defence in depth: no message below is built from the token, but one built from what a
    // server sent could still carry it back.
    let redact = |message: String| message.replace(token, &format!("<{TOKEN_VARIABLE}>"));
    fetch_with(options, token).map_err(redact)
}

fn fetch_with(options: &Options, token: &str) -> Result<String, String> {
    let table = table_name(&options.table)?;
    let api = api_root(&options.url)?;
    if !options.out.is_dir() {
        return Err(format!(
            "{}: not a directory (run from the repository root, or pass --out)",
            options.out.display()
        ));
    }
    let agent = agent(options.timeout);

    let mut answers = Vec::new();
    for query in queries(table) {
        let url = format!("{api}{}", query.relative);
        let body = download(&agent, &url, token, options.timeout, query.table.as_deref())
            .map_err(|message| format!("{url}: {message}\n{}", nothing_written(options)))?;
        let items = check_response(&body).map_err(|message| {
            format!(
                "{url}: not a saved Web API response: {message}\n{}",
                nothing_written(options)
            )
        })?;
        // The build reads the file with the typed reader: check it the same way, under the
        // name it will have, so that nothing is saved that the build would then reject.
        let target = options.out.join(&query.file);
        parse_metadata(&target.display().to_string(), &body).map_err(|error| {
            format!(
                "{url}: the response does not read as metadata: {error}\n{}",
                nothing_written(options)
            )
        })?;
        answers.push((query, body, items));
    }

    let mut report = String::new();
    let mut staged: Vec<(Staged, String)> = Vec::new();
    for (query, body, items) in &answers {
        let target = options.out.join(&query.file);
        let shown = target.display();
        let old = match std::fs::read(&target) {
            Ok(old) => Some(old),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(format!(
                    "{shown}: cannot read: {e}\n{}",
                    nothing_written(options)
                ))
            }
        };
        let counted = count(*items, query.items);
        if old.as_deref() == Some(&body[..]) {
            // Not rewriting keeps the modification time, so cargo does not rerun build scripts.
            report.push_str(&format!("{shown}: unchanged ({counted})\n"));
        } else {
            // Every changed file is finished before any is renamed into place; dropping
            // `staged` on an error removes the temporary files.
            let file = stage(&target, body)
                .map_err(|message| format!("{message}\n{}", nothing_written(options)))?;
            staged.push((file, shown.to_string()));
            report.push_str(&format!("{shown}: written ({counted})\n"));
        }
    }
    let mut replaced: Vec<String> = Vec::new();
    for (file, shown) in staged {
        // A rename within one folder hardly fails once the file is written; if one does, say
        // which files are already new.
        file.commit().map_err(|message| match &replaced[..] {
            [] => format!("{message}\n{}", nothing_written(options)),
            done => format!("{message}\nalready replaced: {}", done.join(", ")),
        })?;
        replaced.push(shown);
    }
    Ok(report)
}

fn nothing_written(options: &Options) -> String {
    format!("{}: no file written", options.out.display())
}

fn count(n: usize, item: &str) -> String {
    if n == 1 {
        format!("1 {item}")
    } else {
        format!("{n} {item}s")
    }
}

/// A Dataverse logical name: it goes into the URL and into file names as it is, so only
/// characters that need no escaping in either are accepted.
fn table_name(table: &str) -> Result<&str, String> {
    let valid = table.starts_with(|c: char| c.is_ascii_lowercase())
        && table
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if valid {
        Ok(table)
    } else {
        Err(format!(
            "{table:?} is not a table logical name: use lowercase letters, digits and _, \
             e.g. --table connection"
        ))
    }
}

/// The Web API root of the environment at `url`, ending in `/`. The token is sent over https
/// only; plain http is allowed for this machine alone, where the tests' server runs.
fn api_root(url: &str) -> Result<String, String> {
    let trimmed = url.trim_end_matches('/');
    let trimmed = trimmed
        .strip_suffix(API_PATH)
        .map_or(trimmed, |rest| rest.trim_end_matches('/'));
    let invalid = |why: &str| {
        format!(
            "--url {url:?}: {why}; give the environment's URL, e.g. https://ORG.crm.dynamics.com"
        )
    };
    let uri: ureq::http::Uri = trimmed.parse().map_err(|_| invalid("not a URL"))?;
    let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
        return Err(invalid("not an absolute URL"));
    };
    if authority.as_str().contains('@') {
        return Err(invalid("user names or passwords do not belong in the URL"));
    }
    if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
        return Err(invalid("the URL has a path or query"));
    }
    let local = matches!(authority.host(), "127.0.0.1" | "localhost" | "[::1]");
    match scheme {
        "https" => {}
        "http" if local => {}
        _ => return Err(invalid("the token is only sent over https")),
    }
    Ok(format!("{scheme}://{authority}/{API_PATH}/"))
}

/// The token as the `Authorization` header will carry it. RFC 6750's `b64token` characters
/// only: anything else (a `Bearer ` prefix, quotes, a line break) would make a malformed header.
fn bearer_token(token: &str) -> Result<&str, String> {
    let token = token.trim_matches(|c: char| c.is_ascii_whitespace());
    let body = token.trim_end_matches('=');
    let valid = !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '+' | '/'));
    if valid {
        Ok(token)
    } else if token.is_empty() {
        Err(format!("{TOKEN_VARIABLE} is empty"))
    } else {
        Err(format!(
            "{TOKEN_VARIABLE} does not hold a bearer token: it has characters a token cannot \
             have (give the token alone, without `Bearer ` or quotes)"
        ))
    }
}

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        // Statuses get messages of their own below.
        .http_status_as_error(false)
        // The token goes to --url and nowhere else: a redirect is reported, not followed.
        .max_redirects(0)
        .max_redirects_will_error(false)
        .user_agent(concat!("connection-schema/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// The whole body of a 2xx answer, or what went wrong. ureq's errors name neither the request's
/// headers nor the token; the URL, which holds no secret, is added by the caller.
fn download(
    agent: &ureq::Agent,
    url: &str,
    token: &str,
    timeout: Duration,
    table: Option<&str>,
) -> Result<Vec<u8>, String> {
    let transport = |error: ureq::Error| match error {
        ureq::Error::Timeout(_) => format!(
            "timed out: the whole response did not arrive within {} s (--timeout)",
            timeout.as_secs_f64()
        ),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            format!("the connection closed before the whole response arrived ({io})")
        }
        ureq::Error::BodyExceedsLimit(limit) => {
            format!("the response is larger than {limit} bytes, too large for metadata")
        }
        other => format!("cannot download: {other}"),
    };
    let mut response = agent
        .get(url)
        .header("Authorization", format!("Bearer {token}"))
        .header("Accept", "application/json")
        .header("OData-MaxVersion", "4.0")
        .header("OData-Version", "4.0")
        .call()
        .map_err(transport)?;
    let status = response.status();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_RESPONSE_BYTES)
        .read_to_vec();
    if status.is_success() {
        return body.map_err(transport);
    }
    let hint = match status.as_u16() {
        401 => format!(": is {TOKEN_VARIABLE} valid and unexpired?"),
        403 => ": may the token's user read table definitions in this environment?".to_owned(),
        404 => match table {
            Some(table) => {
                format!(": is there a table with the logical name {table:?} in this environment?")
            }
            None => ": is --url a Dataverse environment?".to_owned(),
        },
        300..=399 => {
            ": redirects are not followed, so that the token goes to --url only".to_owned()
        }
        _ => String::new(),
    };
    // Dataverse explains most failures in `{"error": {"code", "message"}}`.
    let detail = body
        .ok()
        .and_then(|body| serde_json::from_slice::<ErrorResponse>(&body).ok())
        .map(|e| format!(" (Dataverse says: {})", one_line(&e.error.message)))
        .unwrap_or_default();
    Err(format!("HTTP {status}{hint}{detail}"))
}

#[derive(Deserialize)]
struct ErrorResponse {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    message: String,
}

/// A server's message, made safe to print on one line and kept short.
fn one_line(message: &str) -> String {
    const MAX_CHARS: usize = 300;
    let mut line: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_CHARS)
        .collect();
    if message.chars().count() > MAX_CHARS {
        line.push('…');
    }
    line
}

/// What every saved response has: `{"@odata.context": "…$metadata#…", "value": [...]}`. The
/// reader checks the rest; this only makes sure a whole answer of the right kind arrived.
#[derive(Deserialize)]
struct Collection {
    #[serde(rename = "@odata.context")]
    context: String,
    value: Vec<IgnoredAny>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<IgnoredAny>,
}

/// Checks `body` and returns how many items its `value` holds.
fn check_response(body: &[u8]) -> Result<usize, String> {
    // serde would also read a struct from a JSON array.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err("expected a JSON object".to_owned());
    }
    let collection: Collection = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    if !collection.context.contains("$metadata#") {
        return Err("@odata.context is not an OData context URL ($metadata#…)".to_owned());
    }
    if collection.next_link.is_some() {
        return Err("the response is paged (@odata.nextLink), which metadata is not".to_owned());
    }
    Ok(collection.value.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_are_logical_names() {
        for good in ["connection", "msdyn_channel", "new_table2"] {
            assert_eq!(table_name(good), Ok(good));
        }
        for bad in [
            "",
            "Connection",
            "2tables",
            "_x",
            "a b",
            "a'b",
            "a)/x",
            "a%27",
            "a/../b",
        ] {
            assert!(table_name(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_api_root_is_under_the_environment_url() {
        let root = "https://org.crm.dynamics.com/api/data/v9.2/";
        for url in [
            "https://org.crm.dynamics.com",
            "https://org.crm.dynamics.com/",
            "https://org.crm.dynamics.com/api/data/v9.2",
            "https://org.crm.dynamics.com/api/data/v9.2/",
        ] {
            assert_eq!(api_root(url).as_deref(), Ok(root), "{url}");
        }
        for local in [
            "http://127.0.0.1:8080",
            "http://localhost:8080",
            "http://[::1]:8080",
        ] {
            assert_eq!(api_root(local), Ok(format!("{local}/api/data/v9.2/")));
        }
        for url in [
            "http://org.crm.dynamics.com",
            "http://127.0.0.1.example.com",
            "org.crm.dynamics.com",
            "https://user:pass@org.crm.dynamics.com",
            "https://org.crm.dynamics.com/main.aspx",
            "https://org.crm.dynamics.com?x=1",
            "ftp://org.crm.dynamics.com",
        ] {
            assert!(api_root(url).is_err(), "{url}");
        }
    }

    #[test]
    fn tokens_must_fit_in_a_header() {
        assert_eq!(bearer_token(" eyJ0.eyJz-_~+/==\n"), Ok("eyJ0.eyJz-_~+/=="));
        for bad in ["", "  ", "Bearer abc", "\"abc\"", "abc\r\nX-Evil: 1", "=="] {
            let error = bearer_token(bad).err().unwrap_or_default();
            assert!(error.starts_with(TOKEN_VARIABLE), "{bad:?}: {error}");
            assert!(!error.contains("abc"), "{error}");
        }
    }

    /// `fetch` takes the token as an argument, so it can be checked without the variable; none
    /// of these gets as far as a request (port 9 on this machine would refuse it anyway).
    #[test]
    fn fetch_checks_its_input_before_any_request() {
        let out = std::env::temp_dir();
        let options = |url: &str, table: &str| Options {
            url: url.to_owned(),
            table: table.to_owned(),
            out: out.clone(),
            timeout: Duration::from_secs(1),
        };
        for (options, token, expected) in [
            (
                options("https://127.0.0.1:9", "connection"),
                "a b",
                "DATAVERSE_TOKEN does not",
            ),
            (
                options("https://127.0.0.1:9", "Connection"),
                "tok",
                "\"Connection\" is not a",
            ),
            (
                options("http://example.com", "connection"),
                "tok",
                "--url \"http://example.com\"",
            ),
        ] {
            let error = fetch(&options, token).err().unwrap_or_default();
            assert!(error.starts_with(expected), "{error}");
        }
        let mut missing = options("https://127.0.0.1:9", "connection");
        missing.out = out.join("connection-schema-no-such-folder");
        let error = fetch(&missing, "tok").err().unwrap_or_default();
        assert!(error.ends_with("not a directory (run from the repository root, or pass --out)"));
    }

    #[test]
    fn responses_are_odata_collections() {
        let ok = br#"{"@odata.context":"https://o/api/data/v9.2/$metadata#EntityDefinitions","value":[{},{}]}"#;
        assert_eq!(check_response(ok), Ok(2));
        for bad in [
            &br#"["https://o/$metadata#x",[]]"#[..],
            br#"{"value":[]}"#,
            br#"{"@odata.context":"https://o/$metadata#x"}"#,
            br#"{"@odata.context":"https://o/$metadata#x","value":{}}"#,
            br#"{"@odata.context":7,"value":[]}"#,
            br#"{"@odata.context":"https://o/x","value":[]}"#,
            br#"{"@odata.context":"https://o/$metadata#x","value":[],"@odata.nextLink":"n"}"#,
            br#"{"@odata.context":"https://o/$metadata#x","value":[{}"#,
        ] {
            assert!(
                check_response(bad).is_err(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
