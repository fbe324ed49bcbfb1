import Foundation

/// Scratch files for tools that read their input from disk.
public enum TemporaryFile {
    /// Writes `bytes` to a new file in the temporary folder whose name ends with a sanitised `name`.
    public static func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
        let path = NSTemporaryDirectory() + "lodestat-test-\(UUID().uuidString)-\(safe)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
