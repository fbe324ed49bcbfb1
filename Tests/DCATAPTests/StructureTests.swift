import Catalog
import DCATAP
import RDF
import RDFFormats
import SDMX
import Testing

@Suite struct StructureTests {
    @Test func everyDataflowAndClassificationHasADataset() throws {
        let dataset = try DCATTestSupport.catalog()
        let t = Triples(quads: try DCATTestSupport.description())
        let views = CatalogViews(dataset)
        let datasets = Set(t.instances(DCAT.Dataset))
        let flows = views.all(DataflowView.self)
        #expect(flows.count == 4)
        for flow in flows { #expect(datasets.contains(flow.iri), "no dataset for \(flow.iri)") }
        let schemes = views.all(ClassificationView.self)
        #expect(!schemes.isEmpty)
        for scheme in schemes {
            let described = t.subjects(FOAF.primaryTopic, .iri(scheme.iri))
            #expect(described.count == 1 && datasets.contains(described[0]), "no dataset for \(scheme.iri)")
        }
        let catalog = try #require(t.instances(DCAT.Catalog).first)
        #expect(Set(t.objects(catalog, DCAT.dataset).compactMap(\.iriValue)) == datasets)
        #expect(datasets.contains(dataset.base + "id/dataset/collection/series"))
    }

    @Test func everyDatasetHasDistributionsWithIANAAndEUFormats() throws {
        let t = Triples(quads: try DCATTestSupport.description())
        for d in t.instances(DCAT.Dataset) {
            let distributions = t.objects(d, DCAT.distribution).compactMap(\.iriValue)
            #expect(distributions.count >= 5, "\(d) has \(distributions.count) distributions")
            for dist in distributions {
                #expect(t.objects(dist, RDFVocabulary.type).contains(.iri(DCAT.Distribution)))
                #expect(t.objects(dist, DCAT.accessURL).count == 1)
                let media = try #require(t.objects(dist, DCAT.mediaType).first?.iriValue)
                #expect(media.hasPrefix(IANAMediaType.namespace))
                let format = try #require(t.objects(dist, DCTERMS.format).first?.iriValue)
                #expect(format.hasPrefix(EUAuthority.namespace + "file-type/"))
            }
        }
    }

    @Test func dataflowDistributionsCoverEveryFormat() throws {
        let t = Triples(quads: try DCATTestSupport.description())
        let base = try DCATTestSupport.catalog().base
        let cpi = base + "id/dataflow/DF_CPI"
        let formats = Set(t.objects(cpi, DCAT.distribution).compactMap { $0.iriValue?.split(separator: "/").last.map(String.init) })
        #expect(formats == Set(DistributionFormat.allCases.map(\.rawValue)))
        #expect(t.objects(cpi + "/distribution/turtle", DCAT.downloadURL) == [.iri(cpi + "?format=ttl")])
        #expect(t.objects(cpi + "/distribution/json", DCAT.downloadURL) == [.iri(base + "api/dataflows/DF_CPI")])
        #expect(t.objects(cpi + "/distribution/sdmxML21", DCAT.accessURL) == [.iri(base + "sdmx/v1/dataflow/INSEE/DF_CPI/1.0")])
        #expect(t.objects(cpi + "/distribution/sdmxML30", DCAT.accessURL)
                == [.iri(base + "sdmx/v2/structure/dataflow/INSEE/DF_CPI/1.0")])
        #expect(t.objects(cpi, DCTERMS.accrualPeriodicity) == [.iri(EUAuthority.frequency("MONTHLY"))])
    }

    /// The SDMX access URLs are paths the SDMX REST API parses back to the same artefact.
    @Test func sdmxAccessURLsParseBackToTheirArtefact() throws {
        let dataset = try DCATTestSupport.catalog()
        let references = SDMXMapping.artefactReferences(from: dataset.snapshot)
        #expect(references.values.contains { $0.type == .codelist } && references.values.contains { $0.type == .conceptScheme })
        for reference in references.values {
            let v1 = try StructureQueryParser.parseV1(path: reference.restPath(.v1))
            #expect(v1.types == [reference.type] && v1.ids == .values([reference.id]) && v1.agencies == .values([reference.agencyID]))
            let v2 = try StructureQueryParser.parseV2(path: reference.restPath(.v2))
            #expect(v2.types == [reference.type] && v2.versions == .values([reference.version]))
        }
    }

    @Test func servicesServeTheDatasets() throws {
        let t = Triples(quads: try DCATTestSupport.description())
        let base = try DCATTestSupport.catalog().base
        let datasets = Set(t.instances(DCAT.Dataset))
        let services = t.instances(DCAT.DataService)
        #expect(services.count == DataServiceKind.allCases.count)
        for s in services {
            let served = Set(t.objects(s, DCAT.servesDataset).compactMap(\.iriValue))
            #expect(!served.isEmpty && served.isSubset(of: datasets), "\(s)")
            #expect(t.objects(s, DCAT.endpointURL).count == 1)
            #expect(!t.objects(s, DCTERMS.conformsTo).isEmpty)
        }
        #expect(t.objects(base + "id/service/sparql", DCAT.endpointURL) == [.iri(base + "sparql")])
        #expect(t.objects(base + "id/service/sparql", DCAT.servesDataset).count == datasets.count)
        for d in t.instances(DCAT.Distribution) {
            for service in t.objects(d, DCAT.accessService) { #expect(services.contains(service.iriValue ?? "")) }
        }
    }

    @Test func publisherIsANamedAgentAndLabelsAreBilingual() throws {
        let t = Triples(quads: try DCATTestSupport.description())
        let catalog = try #require(t.instances(DCAT.Catalog).first)
        let publisher = try #require(t.objects(catalog, DCTERMS.publisher).first?.iriValue)
        #expect(t.objects(publisher, RDFVocabulary.type).contains(.iri(FOAF.Agent)))
        let names = t.objects(publisher, FOAF.name).compactMap { $0.literalValue?.language }
        #expect(Set(names) == ["fr", "en"])
        #expect(t.objects(publisher, DCTERMS.type) == [.iri(ADMSPublisherType.namespace + "NationalAuthority")])
        for d in t.instances(DCAT.Dataset) {
            let languages = Set(t.objects(d, DCTERMS.title).compactMap { $0.literalValue?.language })
            #expect(languages.contains("fr") && languages.contains("en") || languages == [nil], "\(d)")
        }
    }

    @Test func rebasedCatalogGivesRebasedURLs() throws {
        let dataset = try CatalogLoader(location: CatalogLocation.embedded(), base: "https://stats.example.org/").load()
        let quads = try DCATAPExporter.quads(from: dataset)
        let iris = quads.flatMap { [$0.subject, $0.object] }.compactMap(\.iriValue)
        #expect(!iris.contains { $0.hasPrefix("http://localhost:8080/") })
        #expect(iris.contains("https://stats.example.org/sparql"))
    }

    @Test func everyFormatRoundTrips() throws {
        let quads = try DCATTestSupport.description()
        let base = try DCATTestSupport.catalog().base
        for format in [RDFFormat.turtle, .ntriples, .rdfxml, .jsonld] {
            var text = ""
            try DCATAPExporter.write(quads, format: format, base: base, to: &text)
            var parsed: [Quad] = []
            try RDFParsing.parse(ByteSource(string: text), format: format) { parsed.append($0) }
            #expect(Set(parsed) == Set(quads), "\(format)")
        }
    }

    @Test func badOptionsAreRefused() throws {
        let dataset = try DCATTestSupport.catalog()
        #expect(throws: DCATAPError.invalidIRI(option: "--license", value: "not an iri")) {
            _ = try DCATAPExporter.quads(from: dataset, options: DCATAPOptions(license: "not an iri"))
        }
        let licensed = try DCATAPExporter.quads(from: dataset, options: DCATAPOptions(license: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"))
        let t = Triples(quads: licensed)
        #expect(t.instances(DCTERMS.LicenseDocument) == ["https://www.etalab.gouv.fr/licence-ouverte-open-licence/"])
        #expect(t.subjects(DCTERMS.license, .iri("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")).count > 100)
    }
}
