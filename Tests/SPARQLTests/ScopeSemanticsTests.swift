import RDF
import SPARQL
import Testing

/// Bottom-up evaluation (section 18.6): inner groups and the right sides of OPTIONAL/MINUS
/// do not see variables bound outside them, even though the engine joins by substitution.
@Suite struct ScopeSemanticsTests {
    let ds: InMemoryDataset
    init() throws {
        ds = try Fixtures.dataset("""
        :x :p 1 ; :q 2 .
        :y :p 3 ; :q 4 .
        :z :r :x .
        """)
    }

    func rows(_ q: String) throws -> [String] { Fixtures.rows(try Fixtures.select(q, on: ds)) }

    @Test func filterInNestedGroupDoesNotSeeOuterVariables() throws {
        #expect(try rows("SELECT ?s { ?s :p ?v { ?s :q ?w FILTER(?v = 1) } }") == [])
        #expect(try rows("SELECT ?s { ?s :p ?v { ?s :q ?w } FILTER(?v = 1) }") == ["s=:x"])
    }

    @Test func optionalFilterSeesBothSidesButNestedOptionalIsIndependent() throws {
        #expect(try rows("SELECT ?s ?w { ?s :p ?v OPTIONAL { ?s :q ?w FILTER(?v = 1) } }") == ["s=:x w=2", "s=:y"])
        // Nested OPTIONAL: the inner optional is evaluated on its own, then joined.
        let nested = try rows("SELECT ?s ?t { ?s :p ?v OPTIONAL { ?t :r ?u OPTIONAL { ?u :p ?v } } }")
        #expect(nested == ["s=:x t=:z", "s=:y"])
    }

    @Test func minusRightSideDoesNotSeeLeftBindings() throws {
        // ?v is not in scope inside MINUS: the filter errors, nothing is removed.
        #expect(try rows("SELECT ?s { ?s :p ?v MINUS { ?s :q ?w FILTER(?v = 1) } }") == ["s=:x", "s=:y"])
    }

    @Test func existsSubstitutesTheCurrentSolution() throws {
        #expect(try rows("SELECT ?s { ?s :p ?v FILTER EXISTS { ?s :q ?w FILTER(?w = ?v + 1) } }") == ["s=:x", "s=:y"])
        #expect(try rows("SELECT ?s { ?s :p ?v FILTER NOT EXISTS { ?z :r ?s } }") == ["s=:y"])
    }

    @Test func subqueryProjectionHidesInnerVariables() throws {
        // The inner ?v is a different variable from the outer one once projected away.
        #expect(try rows("SELECT ?s ?v { ?s :q ?v { SELECT ?s { ?s :p ?v } } }") == ["s=:x v=2", "s=:y v=4"])
    }
}
