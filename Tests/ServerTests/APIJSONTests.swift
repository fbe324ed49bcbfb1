import Catalog
import Foundation
import RDF
import Server
import Testing

/// `APIJSON` (the REST API's hand-written encoder) writes what Foundation's `JSONEncoder` writes with
/// `.sortedKeys` and `.withoutEscapingSlashes`, byte for byte.
@Suite("APIJSON encoder")
struct APIJSONTests {
    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours(_ value: some Encodable) throws -> String {
        String(decoding: try APIJSON.encode(value), as: UTF8.self)
    }

    /// Compares every view of one kind, localized in each language; returns how many were compared.
    static func compareAll<V: CatalogView>(_ type: V.Type, in views: CatalogViews) throws -> Int {
        var compared = 0
        for view in views.all(V.self) {
            for language in ["en", "fr"] {
                let value = Localized(view: view, label: view.label(language))
                let expected = try foundation(value), actual = try ours(value)
                #expect(actual == expected, "\(V.kind) \(view.id) in \(language)")
                compared += 1
            }
        }
        return compared
    }

    @Test func everyViewOfTheEmbeddedCatalogInBothLanguages() throws {
        let views = CatalogViews(try TestCatalog.embedded.get())
        var counts: [String: Int] = [:]
        for type in CatalogViews.viewTypes {
            counts["\(type.kind)"] = try Self.compareAll(type, in: views)
        }
        #expect(counts.count == CatalogViews.viewTypes.count)
        #expect(counts.values.allSatisfy { $0 > 0 }, "every kind has views: \(counts)")
    }

    struct Scalars: Encodable {
        var text = "quote \" backslash \\ slash / newline \n tab \t cr \r bell \u{07} bs \u{08} ff \u{0C} nul \u{00} us \u{1F} é 😀 \u{2028}"
        var keys = ["b": 1, "a": 2, "B": 3, "a1": 4, "a10": 5, "a2": 6, "": 7, "_x": 8, "é": 9]
        var int = -42
        var unsigned: UInt8 = 200
        var doubles = [1.0, 0.5, -3.25, 1e20, 1e-7, 123456789.125]
        var float: Float = 2.5
        var flag = true
        var missing: String? = nil
        var nested = [[Int]]([[], [1, 2]])
        var empty = [String: String]()
        var url = URL(string: "http://example.org/a/b?c=d")
        var lists = ["fr": ["b", "a"], "en": [], "": ["x \"y\""]]
        var strings = ["z", "é", "a/b"]
    }

    @Test func scalarsEscapesAndKeyOrder() throws {
        let value = Scalars()
        #expect(try Self.ours(value) == Self.foundation(value))
    }

    /// A value that writes the same key twice and uses nested and super containers.
    struct Containers: Encodable {
        enum Keys: String, CodingKey { case a, b, c }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode("first", forKey: .a)
            var inner = c.nestedContainer(keyedBy: Keys.self, forKey: .b)
            try inner.encode(1, forKey: .c)
            var list = c.nestedUnkeyedContainer(forKey: .c)
            try list.encode("x")
            try list.encodeNil()
            var again = encoder.container(keyedBy: Keys.self)
            try again.encode("second", forKey: .a)
            var parent = again.superEncoder().container(keyedBy: Keys.self)
            try parent.encode(true, forKey: .b)
            var item = list.superEncoder().singleValueContainer()
            try item.encode(2.5)
        }
    }

    @Test func repeatedKeysAndNestedContainers() throws {
        #expect(try Self.ours(Containers()) == Self.foundation(Containers()))
    }

    @Test(arguments: [false, true])
    func bytesEscapeAsStrings(lineSeparators: Bool) {
        let s = "a \" \\ / \n \r \t \u{08} \u{0C} \u{00} \u{1F} \u{7F} é 😀 \u{2028}x\u{2029} \u{2027} end"
        var bytes: [UInt8] = []
        JSONEscaping.appendQuoted(s, to: &bytes, escapeLineSeparators: lineSeparators)
        #expect(String(decoding: bytes, as: UTF8.self) == JSONEscaping.quoted(s, escapeLineSeparators: lineSeparators))
    }

    @Test func nonFiniteNumbersAreErrors() {
        #expect(throws: EncodingError.self) { try APIJSON.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try APIJSON.encode(["x": Double.infinity]) }
    }
}
