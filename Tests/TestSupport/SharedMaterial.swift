import Foundation

/// Where the project is and where its test material (`TestMaterial/`, origins in
/// `TestMaterial/SOURCES.md`) is. Tests turn a nil answer into a failure, never a skip.
public enum SharedMaterial {
    /// The package root (the folder holding `Package.swift`).
    public static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// `<package root>/TestMaterial/<relative>` when it exists.
    public static func folder(_ relative: String) -> String? {
        let candidate = URL(fileURLWithPath: packageRoot).appendingPathComponent("TestMaterial/" + relative).standardized.path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }

    /// `<package root>/<relative>`.
    public static func inPackage(_ relative: String) -> String {
        URL(fileURLWithPath: packageRoot).appendingPathComponent(relative).standardized.path
    }
}
