//! `@odata.context` → which metadata response a file holds.
//!
//! The context is the service root, `$metadata#`, then the path of what was asked:
//! - `EntityDefinitions('connection')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata(LogicalName,…)`
//!   (also `EntityDefinitions(LogicalName='connection')`, and `…/$entity` for one attribute);
//! - `GlobalOptionSetDefinitions` (or `…/$entity` for one, asked by `(Name='x')`);
//! - `EntityDefinitions(LogicalName,SchemaName,ObjectTypeCode,DisplayName)`.

use crate::codegen::model::ColumnType;

/// What a response holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Response {
    /// A table's attributes of one metadata type.
    Attributes {
        table: String,
        kind: AttributeKind,
        single: bool,
    },
    /// Global choices.
    GlobalOptionSets { single: bool },
    /// Every table, with its object type code.
    EntityDefinitions,
}

/// The attribute metadata types that carry choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AttributeKind {
    Picklist,
    MultiSelectPicklist,
    State,
    Status,
    Boolean,
}

impl AttributeKind {
    /// The `Type` a Learn page's property table gives such a column.
    pub(super) fn column_type(self) -> ColumnType {
        match self {
            AttributeKind::Picklist => ColumnType::Picklist,
            AttributeKind::MultiSelectPicklist => ColumnType::MultiSelectPicklist,
            AttributeKind::State => ColumnType::State,
            AttributeKind::Status => ColumnType::Status,
            AttributeKind::Boolean => ColumnType::Boolean,
        }
    }

    fn from_cast(cast: &str) -> Option<Self> {
        Some(match cast {
            "PicklistAttributeMetadata" => AttributeKind::Picklist,
            "MultiSelectPicklistAttributeMetadata" => AttributeKind::MultiSelectPicklist,
            "StateAttributeMetadata" => AttributeKind::State,
            "StatusAttributeMetadata" => AttributeKind::Status,
            "BooleanAttributeMetadata" => AttributeKind::Boolean,
            _ => return None,
        })
    }
}

pub(super) const EXPECTED: &str = "expected $metadata#EntityDefinitions('<table>')/Attributes/\
     Microsoft.Dynamics.CRM.<Picklist|MultiSelectPicklist|State|Status|Boolean>AttributeMetadata…, \
     $metadata#GlobalOptionSetDefinitions… or $metadata#EntityDefinitions(…)";

/// Reads a context; `None` when it is not one of the responses above.
pub(super) fn read_context(context: &str) -> Option<Response> {
    let (_, path) = context.split_once("$metadata#")?;
    let (path, single) = match path.strip_suffix("/$entity") {
        Some(path) => (path, true),
        None => (path, false),
    };
    if let Some(rest) = path.strip_prefix("GlobalOptionSetDefinitions") {
        return (rest.is_empty() || rest.starts_with('('))
            .then_some(Response::GlobalOptionSets { single });
    }
    let rest = path.strip_prefix("EntityDefinitions")?;
    let Some((key, attributes)) = rest.split_once(")/Attributes/") else {
        // `EntityDefinitions` or `EntityDefinitions(LogicalName,SchemaName,…)`: every table.
        let selected = rest.is_empty()
            || (rest.starts_with('(') && rest.ends_with(')') && !rest.contains('\''));
        return (selected && !single).then_some(Response::EntityDefinitions);
    };
    let key = key.strip_prefix('(')?;
    let key = key.strip_prefix("LogicalName=").unwrap_or(key);
    let table = key.strip_prefix('\'')?.strip_suffix('\'')?;
    let cast = attributes.strip_prefix("Microsoft.Dynamics.CRM.")?;
    let cast = cast.split_once('(').map_or(cast, |(name, _)| name);
    let kind = AttributeKind::from_cast(cast)?;
    let valid_name = !table.is_empty()
        && table
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    valid_name.then(|| Response::Attributes {
        table: table.to_owned(),
        kind,
        single,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = "https://org.crm.dynamics.com/api/data/v9.2/$metadata#";

    fn read(path: &str) -> Option<Response> {
        read_context(&format!("{ROOT}{path}"))
    }

    #[test]
    fn reads_attribute_collections_and_single_attributes() {
        let picklist = Response::Attributes {
            table: "connection".into(),
            kind: AttributeKind::Picklist,
            single: false,
        };
        assert_eq!(
            read("EntityDefinitions('connection')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata(LogicalName,SchemaName,OptionSet,GlobalOptionSet)"),
            Some(picklist.clone())
        );
        assert_eq!(
            read("EntityDefinitions(LogicalName='connection')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata"),
            Some(picklist)
        );
        assert_eq!(
            read("EntityDefinitions('account')/Attributes/Microsoft.Dynamics.CRM.StatusAttributeMetadata(OptionSet)/$entity"),
            Some(Response::Attributes {
                table: "account".into(),
                kind: AttributeKind::Status,
                single: true
            })
        );
    }

    #[test]
    fn reads_global_choices_and_entity_definitions() {
        assert_eq!(
            read("GlobalOptionSetDefinitions"),
            Some(Response::GlobalOptionSets { single: false })
        );
        assert_eq!(
            read("GlobalOptionSetDefinitions/$entity"),
            Some(Response::GlobalOptionSets { single: true })
        );
        assert_eq!(
            read("EntityDefinitions(LogicalName,SchemaName,ObjectTypeCode,DisplayName)"),
            Some(Response::EntityDefinitions)
        );
    }

    #[test]
    fn rejects_what_it_does_not_read() {
        for path in [
            "contacts",
            "EntityDefinitions('connection')/Attributes/Microsoft.Dynamics.CRM.StringAttributeMetadata",
            "EntityDefinitions('Bad Name')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata",
            "EntityDefinitions('connection')/Attributes",
        ] {
            assert_eq!(read(path), None, "{path}");
        }
        assert_eq!(read_context("no metadata marker"), None);
    }
}
