/// What an RDF/XML document may declare in its DOCTYPE.
///
/// External DTDs (`SYSTEM`/`PUBLIC`), external entities and parameter entities are always
/// refused, and nothing is ever loaded from a file or the network.
public enum DTDPolicy: Sendable {
    /// For input from outside (HTTP uploads, the CLI, SPARQL LOAD): any entity declaration is
    /// refused. A bare `<!DOCTYPE x>` or one declaring only elements/attributes is accepted.
    case refuseEntities
    /// For trusted local files (e.g. ontologies written with `&owl;`-style namespace entities):
    /// internal general entities are accepted when their replacement text is short
    /// (≤ `DoctypeGuard.maxEntityValueLength` bytes) and contains no markup and no entity
    /// reference, so expansion grows a document at most linearly (no billion laughs, no
    /// quadratic blow-up beyond that factor).
    case allowInternalEntities
}
