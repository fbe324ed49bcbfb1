/// One step of a coding path, kept unmaterialized: coding paths are built only when asked for.
enum CodingPathStep {
    case key(any CodingKey)
    case index(Int)
    case named(String)

    var codingKey: any CodingKey {
        switch self {
        case .key(let key): return key
        case .index(let i): return APIJSONKey(index: i)
        case .named(let name): return APIJSONKey(name)
        }
    }
}
