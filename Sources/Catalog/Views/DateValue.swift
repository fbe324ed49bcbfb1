import RDF

/// A date as the catalog states it: the lexical form and its XSD datatype (a `gMonthDay` has no
/// year, a `gYear` no day: nothing is invented).
public struct DateValue: Sendable, Codable, Hashable {
    public var value: String
    public var datatype: String

    init?(_ literal: Literal?) {
        guard let literal else { return nil }
        value = literal.lexicalForm
        datatype = literal.datatype
    }
}
