import RDF

extension Processor {
    /// Step 13.4 of the Expansion algorithm: the value of a keyword entry (nil when nothing is added).
    func expandKeyword(_ ctx: ActiveContext, _ activeProperty: String?, _ keyword: String, _ value: JSONValue,
                       result: JSONObject, typeScoped: ActiveContext, inputType: String?,
                       baseURL: String?) throws -> JSONValue? {
        switch keyword {
        case "@id":
            guard case .string(let s) = value else { throw JSONLDError(.invalidIdValue, "@id must be a string") }
            return try expandIRI(ctx, s, documentRelative: true).map(JSONValue.string) ?? .null
        case "@type":
            var types: [String] = []
            switch value {
            case .string(let s): types = [s]
            case .array(let a):
                for v in a {
                    guard case .string(let s) = v else { throw JSONLDError(.invalidTypeValue, "@type values must be strings") }
                    types.append(s)
                }
            default: throw JSONLDError(.invalidTypeValue, "@type must be a string or an array of strings")
            }
            var expanded: [JSONValue] = []
            for t in types {
                if let e = try expandIRI(typeScoped, t, documentRelative: true, vocab: true) { expanded.append(.string(e)) }
            }
            if let existing = result["@type"] { return .array(existing.asArray + expanded) }
            if case .string = value { return expanded.first ?? .null }
            return .array(expanded)
        case "@graph":
            return .array((try expand(ctx, "@graph", value, baseURL: baseURL))?.asArray ?? [])
        case "@included":
            if ctx.isJSONLD10 { return nil }
            let items = (try expand(ctx, "@included", value, baseURL: baseURL))?.asArray ?? []
            for item in items {
                guard case .object(let o) = item, !o.contains("@value"), !o.contains("@list"), !o.contains("@set") else {
                    throw JSONLDError(.invalidIncludedValue, "@included values must be node objects")
                }
            }
            return .array((result["@included"]?.asArray ?? []) + items)
        case "@value":
            if inputType == "@json" {
                if ctx.isJSONLD10 { throw JSONLDError(.invalidValueObjectValue, "@json in json-ld-1.0 mode") }
                return value
            }
            guard value.isScalar || value.isNull else {
                throw JSONLDError(.invalidValueObjectValue, "@value must be a scalar or null")
            }
            return value.isNull ? nil : value
        case "@language":
            guard case .string(let l) = value else {
                throw JSONLDError(.invalidLanguageTaggedString, "@language must be a string")
            }
            return .string(l.lowercased())
        case "@direction":
            if ctx.isJSONLD10 { return nil }
            guard case .string(let d) = value, d == "ltr" || d == "rtl" else {
                throw JSONLDError(.invalidBaseDirection, "@direction must be ltr or rtl")
            }
            return value
        case "@index":
            guard case .string = value else { throw JSONLDError(.invalidIndexValue, "@index must be a string") }
            return value
        case "@list":
            if activeProperty == nil || activeProperty == "@graph" { return nil }
            let items = (try expand(ctx, activeProperty, value, baseURL: baseURL))?.asArray ?? []
            if ctx.isJSONLD10, items.contains(where: { $0["@list"] != nil }) {
                throw JSONLDError(.listOfLists, "lists of lists are not allowed in json-ld-1.0")
            }
            return .array(items)
        case "@set":
            return try expand(ctx, activeProperty, value, baseURL: baseURL) ?? .array([])
        default:
            return nil
        }
    }
}
