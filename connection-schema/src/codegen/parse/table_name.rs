//! Which Dataverse table a page is about, as a logical name (`connection`).

use super::properties::Properties;
use crate::codegen::model::Column;

/// The title suffixes of table reference pages, current and legacy.
const TITLE_SUFFIXES: [&str; 2] = [" table/entity reference", " entity reference"];

/// In order of trust: the page's own `LogicalName` property; the base page its "Changes from"
/// links point to (`…/entities/connection#BKMK_…`); a logical name in the title
/// (`SMS Engagement Context (msdyn_smsengagementctx) table/entity reference`) or the title's
/// table name; and last the file name.
pub(super) fn infer(
    path: &str,
    title: &str,
    table_properties: Option<&Properties<'_>>,
    columns: &[Column],
) -> String {
    table_properties
        .and_then(|p| p.get("LogicalName"))
        .and_then(logical_name)
        .or_else(|| {
            columns
                .iter()
                .filter_map(|c| c.changes_from.as_ref())
                .find_map(|reference| from_url(&reference.url))
        })
        .or_else(|| from_title(title))
        .or_else(|| from_path(path))
        .unwrap_or_else(|| "table".to_owned())
}

/// A logical name is lowercase letters, digits and underscores.
fn logical_name(text: &str) -> Option<String> {
    let name = text.trim().to_ascii_lowercase();
    let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    valid.then_some(name)
}

fn from_url(url: &str) -> Option<String> {
    let path = url.split(['#', '?']).next()?;
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    logical_name(last.strip_suffix(".md").unwrap_or(last))
}

fn from_title(title: &str) -> Option<String> {
    let lower = title.to_ascii_lowercase();
    let end = TITLE_SUFFIXES
        .iter()
        .find_map(|suffix| lower.find(suffix))?;
    let name = title.get(..end)?.trim();
    if let Some(inner) = name
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .and_then(|(_, inner)| logical_name(inner))
    {
        return Some(inner);
    }
    let joined: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    logical_name(&joined)
}

fn from_path(path: &str) -> Option<String> {
    let file = std::path::Path::new(path).file_stem()?.to_str()?;
    let cleaned: String = file
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    logical_name(&cleaned)
}

#[cfg(test)]
mod tests {
    use super::{from_path, from_title, from_url};

    #[test]
    fn reads_the_table_from_a_base_page_link() {
        assert_eq!(
            from_url("/power-apps/developer/data-platform/reference/entities/connection#BKMK_Record1ObjectTypeCode"),
            Some("connection".into())
        );
        assert_eq!(from_url("account.md#BKMK_x"), Some("account".into()));
        assert_eq!(from_url("https://example.com/a b"), None);
    }

    #[test]
    fn reads_the_table_from_a_title() {
        assert_eq!(
            from_title("Connection table/entity reference (Microsoft Dynamics 365 Sales)"),
            Some("connection".into())
        );
        assert_eq!(
            from_title("SMS Engagement Context (msdyn_smsengagementctx) table/entity reference"),
            Some("msdyn_smsengagementctx".into())
        );
        assert_eq!(
            from_title("Connection Role Entity Reference"),
            Some("connectionrole".into())
        );
        assert_eq!(from_title("Release notes"), None);
    }

    #[test]
    fn falls_back_to_the_file_name() {
        assert_eq!(
            from_path("docs/Sales-Connection.md"),
            Some("sales_connection".into())
        );
    }
}
