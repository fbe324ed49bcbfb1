import Catalog
import RDF
import RDFFormats
import Store
import Testing

@Suite struct ResourceDescriberTests {
    let describer: ResourceDescriber

    init() throws { describer = ResourceDescriber(try Fixtures.shipped()) }

    @Test func curiesIrisAndPathsResolve() throws {
        let freq = Term.iri("http://localhost:8080/id/component/FREQ")
        #expect(try describer.resolve("comp:FREQ") == freq)
        #expect(try describer.resolve("<http://localhost:8080/id/component/FREQ>") == freq)
        #expect(try describer.resolve("http://localhost:8080/id/component/FREQ") == freq)
        #expect(try describer.resolve("component/FREQ") == freq)
        #expect(try describer.resolve("skos:prefLabel") == .iri(SKOS.prefLabel))
        #expect(throws: CatalogError.self) { try describer.resolve("nope:x") }
    }

    @Test func describesWithLabelsInTheChosenLanguage() throws {
        let en = try describer.describe("comp:FREQ", language: "en")
        #expect(en.label?.text == "Frequency")
        #expect(en.types.contains { $0.term == .iri(QB.DimensionProperty) })
        #expect(en.graphs == ["catalog/structures/components.ttl"])
        let concept = try #require(en.properties.first { $0.predicate == QB.concept })
        #expect(concept.values.first?.label?.text == "Frequency")
        let fr = try describer.describe("comp:FREQ", language: "fr")
        #expect(fr.properties.first { $0.predicate == QB.concept }?.values.first?.label?.text == "Fréquence")
        let text = fr.text(describer.prefixes)
        #expect(text.contains("qb:codeList"))
        #expect(text.contains("^qb:componentProperty"))
    }

    @Test func blankNodesAreDescribedInlineAndLongListsAreBounded() throws {
        let dsd = try describer.describe("dsd/DSD_CPI")
        let components = try #require(dsd.properties.first { $0.predicate == QB.component })
        #expect(components.values.count == 10)
        #expect(components.values.allSatisfy { !$0.nested.isEmpty })
        let classes = try describer.describe("classification/nace-r2/level/4")
        let members = try #require(classes.properties.first { $0.predicate == SKOS.member })
        #expect(members.values.count == describer.maxValues)
        #expect(members.values.count + members.omitted == 615)
        #expect(classes.text(describer.prefixes).contains("… and 585 more"))
    }

    @Test func unknownResourcesAreReported() {
        #expect(throws: CatalogError.self) { try describer.describe("series/DOES_NOT_EXIST") }
    }

    @Test func aResourceOnlyLinkedToIsDescribedByItsIncomingLinks() throws {
        let freq = try describer.describe("sdmx-concept:freq")
        #expect(freq.properties.isEmpty)
        #expect(freq.incoming.contains { $0.predicate == SKOS.exactMatch && $0.values.contains { $0.label?.text == "Fréquence" } })
    }

    @Test func turtleOutputIsTheConciseBoundedDescription() throws {
        var out = ""
        try describer.write("dsd/DSD_CPI", format: .turtle, to: &out)
        var builder = StoreBuilder()
        try builder.load(ByteSource(string: out), format: .turtle)
        let snap = builder.build()
        #expect(snap.defaultGraphCount == (try describer.triples("dsd/DSD_CPI")).count)
        #expect(snap.defaultGraphCount > 20)
    }
}
