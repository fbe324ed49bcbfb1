/// The `map:` vocabulary of mapping files (docs/mappings.md): `map:{kind}` names a resource kind,
/// `map:class` and `map:idPattern` say what makes one and how its id is read, `map:{field}` which
/// properties fill one JSON field of its view.
public enum MAP {
    public static let namespace = "https://lodestat.example.org/def/mapping#"
    public static let `class` = namespace + "class"
    public static let idPattern = namespace + "idPattern"
    /// `[ map:path ( p1 p2 … ) ]`: a field value reached through a sequence of properties.
    public static let path = namespace + "path"
}
