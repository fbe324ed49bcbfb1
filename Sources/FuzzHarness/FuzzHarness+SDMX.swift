import RDFFormats
import SDMX

extension FuzzHarness {
    /// Reads an SDMX-ML structure message and, when it reads, maps it to catalog Turtle
    /// (what `lodestat import sdmx` does).
    public static func sdmxml(_ data: UnsafeRawBufferPointer) {
        _ = try? SDMXImport.turtle(from: ByteSource(bytes: bytes(data), name: "fuzz"))
    }
}
