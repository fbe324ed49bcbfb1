import Foundation

/// Where the committed fuzz material lives: `<package root>/fuzz`, or `LODESTAT_FUZZ_DIR`.
enum FuzzPaths {
    static var root: String {
        if let dir = ProcessInfo.processInfo.environment["LODESTAT_FUZZ_DIR"] { return dir }
        // Tests/FuzzRegressionTests/FuzzPaths.swift → package root.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return packageRoot.appendingPathComponent("fuzz").path
    }

    static func corpus(_ target: String) -> String { root + "/corpus/" + target }
    static func regressions(_ target: String) -> String { root + "/regressions/" + target }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
