import Foundation

/// Where the project is and where the shared material beside it (`../shared`) is. Tests turn a
/// nil answer into a failure, never a skip.
public enum SharedMaterial {
    /// The package root (the folder holding `Package.swift`).
    public static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// `$environmentVariable` (joined with `suffix`), else `<package root>/../shared/<relative>`
    /// when it exists.
    public static func folder(_ relative: String, environmentVariable: String, suffix: String = "") -> String? {
        if let env = ProcessInfo.processInfo.environment[environmentVariable] { return env + suffix }
        let candidate = URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/" + relative).standardized.path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }

    /// `<package root>/<relative>`.
    public static func inPackage(_ relative: String) -> String {
        URL(fileURLWithPath: packageRoot).appendingPathComponent(relative).standardized.path
    }
}
