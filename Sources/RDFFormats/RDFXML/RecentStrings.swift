/// A handful of recently decoded strings keyed by their bytes (language tags, datatype IRIs):
/// a recurring value is matched by a byte comparison instead of being decoded and checked again.
struct RecentStrings {
    static let capacity = 8
    private var entries: [(bytes: [UInt8], value: String)] = []
    private var next = 0

    @inline(__always)
    func find(_ bytes: UnsafeRawBufferPointer) -> String? {
        for e in entries where e.bytes.count == bytes.count {
            if e.bytes.withUnsafeBytes({ $0.elementsEqual(bytes) }) { return e.value }
        }
        return nil
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer, _ value: String) {
        if entries.count < Self.capacity { entries.append((Array(bytes), value)); return }
        entries[next] = (Array(bytes), value)
        next = (next + 1) % Self.capacity
    }
}
