/// How a document went through `JSONLDParser`: top-level elements read by the streaming path,
/// elements handed to the full algorithms, or the whole document handed to them.
struct JSONLDStreamingReport: Equatable {
    var streamedElements = 0
    var fallbackElements = 0
    var wholeDocument = false
}
