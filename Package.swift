// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Lodestat",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lodestat", targets: ["lodestat"]),
        .library(name: "RDF", targets: ["RDF"]),
        .library(name: "RDFFormats", targets: ["RDFFormats"]),
        .library(name: "SPARQL", targets: ["SPARQL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CLibXML2Shims", dependencies: ["CLibXML2"]),
        .target(name: "RDF"),
        .target(name: "HTTPNegotiation"),
        .target(name: "RDFFormats", dependencies: ["RDF", "CLibXML2", "CLibXML2Shims"]),
        .target(name: "SPARQL", dependencies: ["RDF", "RDFFormats"]),
        .target(name: "Store", dependencies: ["RDF", "RDFFormats", "SPARQL"]),
        .target(name: "Catalog", dependencies: ["RDF", "RDFFormats", "Store"]),
        .target(name: "Remote", dependencies: ["RDF", "RDFFormats", "SPARQL", "Store", "Catalog"]),
        .target(
            name: "Server",
            dependencies: [
                "RDF", "RDFFormats", "SPARQL", "Store", "Catalog", "SDMX", "DCATAP", "Remote", "HTTPNegotiation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .target(name: "W3CTestSuite", dependencies: ["RDF", "RDFFormats"]),
        .target(name: "SDMX", dependencies: ["RDF", "RDFFormats", "SPARQL", "Store", "Catalog", "CLibXML2", "CLibXML2Shims"]),
        .target(name: "DCATAP", dependencies: ["RDF", "RDFFormats", "Store", "Catalog", "SDMX"]),
        .executableTarget(
            name: "lodestat",
            dependencies: [
                "RDF", "RDFFormats", "SPARQL", "Store", "Catalog", "SDMX", "DCATAP", "Server", "Remote",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FuzzHarness", dependencies: [
            "RDF", "RDFFormats", "SPARQL", "SDMX", "HTTPNegotiation", "Catalog", "Remote", "Server",
        ]),
        .executableTarget(name: "lodestat-fuzz", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "sdmx-bench", dependencies: ["SDMX"], path: "bench/SDMXBench"),
        // Process runner, shared-material lookup and xmllint check for the tests that drive real tools.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "RDFTests", dependencies: ["RDF"]),
        .testTarget(name: "StoreTests", dependencies: ["RDF", "RDFFormats", "SPARQL", "Store"]),
        .testTarget(name: "CatalogTests", dependencies: ["RDF", "RDFFormats", "Store", "Catalog"]),
        .testTarget(name: "RDFFormatsTests", dependencies: ["RDF", "RDFFormats", "W3CTestSuite"]),
        .testTarget(name: "SPARQLTests", dependencies: ["RDF", "RDFFormats", "SPARQL", "Store", "W3CTestSuite"]),
        .testTarget(name: "SDMXTests", dependencies: ["RDF", "RDFFormats", "Store", "Catalog", "SDMX", "TestSupport"],
                    exclude: ["scripts"]),
        .testTarget(name: "DCATAPTests", dependencies: ["RDF", "RDFFormats", "Store", "Catalog", "SDMX", "DCATAP", "TestSupport"],
                    exclude: ["scripts"]),
        .testTarget(name: "JSONLDTests", dependencies: ["RDF", "RDFFormats", "W3CTestSuite"]),
        .testTarget(name: "SPARQLFunctionsTests", dependencies: ["RDF", "RDFFormats", "SPARQL", "W3CTestSuite", "CLibXML2", "CLibXML2Shims"]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "RDF", "RDFFormats", "SPARQL", "Store", "Catalog", "SDMX", "Server", "Remote", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["e2e"]
        ),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzHarness", "RDFFormats", "SPARQL"]),
        // The command line's parsing (`Lodestat.parseAsRoot`) and its shared failure path.
        .testTarget(name: "CLITests", dependencies: [
            "lodestat", "RDFFormats", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "RDFXMLTests", dependencies: ["RDF", "RDFFormats", "CLibXML2", "W3CTestSuite"]),
    ]
)
