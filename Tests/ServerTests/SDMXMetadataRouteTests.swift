import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Testing

@Suite("SDMX reference metadata: the SIMS metadata structure and quality reports as metadata sets")
struct SDMXMetadataRouteTests {
    @Test func theMetadataStructureInBothRESTStyles() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/sdmx/v2/structure/metadatastructure/INSEE/MSD_SIMS/~", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/vnd.sdmx.structure+xml;version=3.0.0")
                #expect(r.text.contains("<str:MetadataStructure urn=\"urn:sdmx:org.sdmx.infomodel.metadatastructure.MetadataStructure=INSEE:MSD_SIMS(2.0)\""))
                try ExternalTools.expectValidSDMXML(r.text, schemaFolder: "v3_0", "MSD 3.0")
            }
            try await client.execute(uri: "/sdmx/v1/metadatastructure/INSEE/MSD_SIMS", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/vnd.sdmx.structure+xml;version=2.1")
                try ExternalTools.expectValidSDMXML(r.text, schemaFolder: "v2_1", "MSD 2.1")
            }
            try await client.execute(uri: "/sdmx/v2/structure/metadatastructure/ESTAT", method: .get) { r in
                #expect(r.status == .noContent)
            }
            try await client.execute(uri: "/sdmx/v1/metadatastructure/ESTAT", method: .get) { r in
                #expect(r.status == .notFound)
            }
            try await client.execute(uri: "/sdmx/v2/structure/metadatastructure", method: .get,
                                     headers: [.accept: "application/vnd.sdmx.structure+json;version=2.0.0"]) { r in
                #expect(r.status == .notAcceptable)
            }
        }
    }

    @Test func reportsAsMetadataSets() async throws {
        try await TestCatalog.catalogApplication().test(.router) { client in
            try await client.execute(uri: "/sdmx/v2/metadata/metadataset/INSEE/cpi/~", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/vnd.sdmx.metadata+xml;version=3.0.0")
                #expect(r.text.contains("<mes:MetadataSet id=\"cpi\" agencyID=\"INSEE\" version=\"1.0\">"))
                #expect(r.text.contains("<md:Target>urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=INSEE:DF_CPI(1.0)</md:Target>"))
            }
            try await client.execute(uri: "/sdmx/v2/metadata/metadataset", method: .get,
                                     headers: [.accept: "application/vnd.sdmx.genericmetadata+xml;version=2.1"]) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<mes:MetadataSet structureRef=\"MSD_SIMS\" setID=\"cpi\">"))
                #expect(r.text.contains("setID=\"lfs\""))
            }
            try await client.execute(uri: "/sdmx/v2/metadata/structure/dataflow/INSEE/DF_UNEMPLOYMENT", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("id=\"lfs\""))
                #expect(!r.text.contains("id=\"cpi\""))
            }
            try await client.execute(uri: "/sdmx/v2/metadata/metadataflow/INSEE/MDF_MSD_SIMS/~/INSEE", method: .get) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/sdmx/v2/metadata/metadataset/INSEE/nothing", method: .get) { r in
                #expect(r.status == .notFound)
            }
            try await client.execute(uri: "/sdmx/v2/metadata/metadataset/INSEE/bad%20id", method: .get) { r in
                #expect(r.status == .badRequest)
            }
            try await client.execute(uri: "/sdmx/v2/metadata/metadataset", method: .get, headers: [.accept: "application/json"]) { r in
                #expect(r.status == .notAcceptable)
            }
        }
    }
}
