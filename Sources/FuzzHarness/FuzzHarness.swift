/// One entry point per fuzz target: each runs a parser over arbitrary bytes and swallows the
/// errors it is expected to throw. Used by the libFuzzer executable (`lodestat-fuzz`), by its
/// corpus replayer, and by the regression tests, so a finding replays through the same code.
public enum FuzzHarness {
    /// The base IRI relative references resolve against.
    static let base = "http://example.org/fuzz/"

    /// The input as an array (parsers take owned bytes).
    static func bytes(_ data: UnsafeRawBufferPointer) -> [UInt8] { Array(data) }

    /// The input as text; invalid UTF-8 is repaired, as HTTP layers do.
    static func text(_ data: UnsafeRawBufferPointer) -> String { String(decoding: data, as: UTF8.self) }
}
