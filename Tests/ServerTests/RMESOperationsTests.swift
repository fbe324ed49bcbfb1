import Foundation
import Hummingbird
import HummingbirdTesting
import RDFFormats
import Testing

/// Statistical operations written in Insee's RMéS model (`TestMaterial/catalogs/rmes-operations`),
/// served with the RMéS mapping under `http://id.insee.fr/`: the operations kinds read through the
/// mapping, and Insee's own `/operations/…` IRIs dereference (no route of the server's takes that prefix).
@Suite("Operations in the RMéS model")
struct RMESOperationsTests {
    static let model = ModelCatalogApps.Model(folder: "rmes-operations", mapping: "rmes.ttl", base: "http://id.insee.fr/")

    @Test func operationsKindsAndTreeReadThroughTheMapping() async throws {
        try await ModelCatalogApps.application(Self.model).test(.router) { client in
            try await client.execute(uri: "/api/operation-series/s1003", method: .get) { r in
                #expect(r.status == .ok)
                let json = try JSONParser().parse(r.text)
                #expect(json["family"]?["id"]?.stringValue == "s74")
                #expect(json["operations"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["s1455"])
                #expect(json["indicators"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["p1654"])
                #expect(json["labels"]?["fr"]?.stringValue == "Indice des prix à la consommation")
            }
            try await client.execute(uri: "/api/operations/tree?lang=en", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("Consumer prices") && r.text.contains("CPI base 2015"))
            }
        }
    }

    @Test func inseeOperationIRIsDereference() async throws {
        let expected = ["/operations/serie/s1003": "StatisticalOperationSeries", "/operations/famille/s74": "StatisticalOperationFamily",
                        "/operations/operation/s1455": "StatisticalOperation ", "/produits/indicateur/p1654": "StatisticalIndicator"]
        try await ModelCatalogApps.application(Self.model).test(.router) { client in
            for (path, type) in expected {
                try await client.execute(uri: path, method: .get, headers: [.accept: "text/turtle"]) { r in
                    #expect(r.status == .ok, "\(path)")
                    #expect(r.text.contains(type), "\(path)\n\(r.text)")
                }
            }
            try await client.execute(uri: "/operations/serie/s9999", method: .get, headers: [.accept: "text/turtle"]) { r in
                #expect(r.status == .notFound)
            }
        }
    }
}
