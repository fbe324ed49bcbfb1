import Catalog
import Foundation
import RDF
import Testing

@Suite("Vocabulary mappings: reading and checking mapping files")
struct VocabularyMappingTests {
    @Test func theDefaultMappingIsTheProjectsOwnModel() throws {
        let mapping = try MappingReader().read(path: ModelCatalogs.mappingPath("lodestat.ttl"))
        #expect(mapping.classes(.concept) == [SKOS.Concept])
        #expect(mapping.classes(.series) == [LDS.TimeSeries])
        #expect(mapping.classes(.organisation) == [ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit])
        #expect(mapping.properties(.concept, "labels") == [[SKOS.prefLabel]])
        #expect(mapping.properties(.organisation, "parents") == [[ORG.subOrganizationOf], [ORG.unitOf]])
        // the dataflow's labels are the labeller's properties, in its order
        #expect(mapping.properties(.dataflow, "labels") == Labeler.labelProperties.map { [$0] })
        #expect(VocabularyMapping.packaged?.kinds == mapping.kinds)
    }

    @Test(arguments: ["lodestat.ttl", "rmes.ttl", "dcat-qb.ttl"])
    func everyShippedMappingReads(name: String) throws {
        let mapping = try MappingReader().read(path: ModelCatalogs.mappingPath(name))
        #expect(!mapping.classes(.concept).isEmpty)
        #expect(!mapping.properties(.concept, "labels").isEmpty)
    }

    @Test func theRMeSMappingReadsDefinitionsThroughNotes() throws {
        let mapping = try MappingReader().read(path: ModelCatalogs.mappingPath("rmes.ttl"))
        #expect(mapping.properties(.concept, "definitions") == [[SKOS.definition, "http://eurovoc.europa.eu/schema#noteLiteral"]])
        #expect(mapping.kinds[.concept]?.idPattern == "(?:codes|concepts)/(.+)")
    }

    static let head = """
        @prefix map: <https://lodestat.example.org/def/mapping#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix org: <http://www.w3.org/ns/org#> .

        """

    /// The message of the error reading `body` as a mapping, which must name the file and `line`.
    func failure(_ body: String, line: Int) throws -> String {
        let dir = try Fixtures.folder(["bad.ttl": Self.head + body])
        let path = dir + "/bad.ttl"
        do {
            _ = try MappingReader().read(path: path)
            Issue.record("no error for \(body)")
            return ""
        } catch let error as CatalogError {
            let text = error.description
            #expect(text.hasPrefix("\(path):\(line): "), "\(text)")
            return text
        }
    }

    @Test func anUnknownKindIsRefusedWithItsLine() throws {
        let text = try failure("map:concept map:class skos:Concept .\nmap:widget map:class skos:Collection .\n", line: 5)
        #expect(text.contains("is not a resource kind"))
        #expect(text.contains("map:concept"))
    }

    @Test func anUnknownFieldIsRefusedWithTheKindsFields() throws {
        let text = try failure("map:concept map:class skos:Concept ;\n    map:colour skos:note .\n", line: 5)
        #expect(text.contains("is not a field of map:concept"))
        #expect(text.contains("map:definitions"))
    }

    @Test func aPropertyThatIsNotAnIRIIsRefused() throws {
        let text = try failure("map:concept map:class skos:Concept ;\n    map:labels \"prefLabel\" .\n", line: 5)
        #expect(text.contains("must be a property IRI"))
    }

    @Test func aClassClaimedByTwoKindsIsRefused() throws {
        let text = try failure("map:concept map:class skos:Concept .\n\nmap:organisation map:class skos:Concept .\n", line: 6)
        #expect(text.contains("claimed by two kinds"))
        #expect(text.contains("line 4"))
    }

    @Test func anIdPatternWithoutACaptureGroupIsRefused() throws {
        let text = try failure("map:concept map:class skos:Concept ;\n    map:idPattern \"codes/.+\" .\n", line: 5)
        #expect(text.contains("capture group"))
    }

    @Test func anEmptyPathIsRefused() throws {
        let text = try failure("map:concept map:class skos:Concept ;\n    map:labels [ map:path () ] .\n", line: 5)
        #expect(text.contains("empty"))
    }

    @Test func aSyntaxErrorNamesTheMappingFile() throws {
        let dir = try Fixtures.folder(["broken.ttl": Self.head + "map:concept map:class .\n"])
        #expect { try MappingReader().read(path: dir + "/broken.ttl") } throws: { error in
            String(describing: error).contains(dir + "/broken.ttl:4")
        }
    }

    @Test func aResourceOfTwoKindsStopsTheLoadAtItsLine() throws {
        let catalog = try Fixtures.folder(["two.ttl": """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            <http://localhost:8080/id/x> a skos:Concept ;
                skos:prefLabel "x"@en .
            <http://localhost:8080/id/x> a org:Organization .
            """])
        let location = CatalogLocation(catalog: catalog, ontologies: ModelCatalogs.root + "/Ontologies")
        #expect { try CatalogLoader(location: location).load() } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix(catalog + "/two.ttl:5: ") && text.contains("claimed by two kinds")
        }
    }

    @Test func aMissingMappingFileIsAClearError() throws {
        let location = try CatalogLocation.embedded()
        #expect { try CatalogLoader(location: location, mapping: "/nonexistent/mapping.ttl").load() } throws: { error in
            String(describing: error).contains("/nonexistent/mapping.ttl")
        }
    }

    @Test func mappingFilesAreNotLoadedAsCatalogData() throws {
        let dataset = try Fixtures.shipped()
        #expect(!dataset.files.contains { $0.relativeName.contains("mappings/") })
        #expect(dataset.snapshot.id(of: .iri(MAP.class)) == nil)
    }
}

@Suite("Vocabulary mappings: what a catalog does not use")
struct MappingUsageTests {
    @Test func unusedClassesAndPropertiesAreWarningsWithTheirLine() throws {
        let dataset = try ModelCatalogs.load(ModelCatalogs.rmes)
        let warnings = dataset.mapping.unused(in: dataset)
        // The small RMéS catalog states no dcterms:valid (NAF rév. 2 is still in force) and no altLabel of a concept.
        #expect(warnings.contains { $0.contains("rmes.ttl:") && $0.contains("<http://purl.org/dc/terms/valid>") })
        #expect(!warnings.contains { $0.contains("<http://www.w3.org/2004/02/skos/core#prefLabel>") })
        #expect(warnings.allSatisfy { $0.contains(": warning: ") })
    }
}
