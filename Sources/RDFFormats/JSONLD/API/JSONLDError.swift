/// A JSON-LD processing error, carrying the error code string of the JSON-LD 1.1 API specification.
public struct JSONLDError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The error codes of the JSON-LD 1.1 Processing Algorithms and API (`JsonLdErrorCode`).
    public enum Code: String, Sendable, CaseIterable {
        case collidingKeywords = "colliding keywords"
        case conflictingIndexes = "conflicting indexes"
        case contextOverflow = "context overflow"
        case cyclicIRIMapping = "cyclic IRI mapping"
        case invalidIdValue = "invalid @id value"
        case invalidImportValue = "invalid @import value"
        case invalidIncludedValue = "invalid @included value"
        case invalidIndexValue = "invalid @index value"
        case invalidNestValue = "invalid @nest value"
        case invalidPrefixValue = "invalid @prefix value"
        case invalidPropagateValue = "invalid @propagate value"
        case invalidProtectedValue = "invalid @protected value"
        case invalidReverseValue = "invalid @reverse value"
        case invalidVersionValue = "invalid @version value"
        case invalidBaseDirection = "invalid base direction"
        case invalidBaseIRI = "invalid base IRI"
        case invalidContainerMapping = "invalid container mapping"
        case invalidContextEntry = "invalid context entry"
        case invalidContextNullification = "invalid context nullification"
        case invalidDefaultLanguage = "invalid default language"
        case invalidIRIMapping = "invalid IRI mapping"
        case invalidJSONLiteral = "invalid JSON literal"
        case invalidKeywordAlias = "invalid keyword alias"
        case invalidLanguageMapValue = "invalid language map value"
        case invalidLanguageMapping = "invalid language mapping"
        case invalidLanguageTaggedString = "invalid language-tagged string"
        case invalidLanguageTaggedValue = "invalid language-tagged value"
        case invalidLocalContext = "invalid local context"
        case invalidRemoteContext = "invalid remote context"
        case invalidReversePropertyMap = "invalid reverse property map"
        case invalidReversePropertyValue = "invalid reverse property value"
        case invalidReverseProperty = "invalid reverse property"
        case invalidScopedContext = "invalid scoped context"
        case invalidScriptElement = "invalid script element"
        case invalidSetOrListObject = "invalid set or list object"
        case invalidTermDefinition = "invalid term definition"
        case invalidTypeMapping = "invalid type mapping"
        case invalidTypeValue = "invalid type value"
        case invalidTypedValue = "invalid typed value"
        case invalidValueObject = "invalid value object"
        case invalidValueObjectValue = "invalid value object value"
        case invalidVocabMapping = "invalid vocab mapping"
        case iriConfusedWithPrefix = "IRI confused with prefix"
        case keywordRedefinition = "keyword redefinition"
        case listOfLists = "list of lists"
        case compactionToListOfLists = "compaction to list of lists"
        case loadingDocumentFailed = "loading document failed"
        case loadingRemoteContextFailed = "loading remote context failed"
        case multipleContextLinkHeaders = "multiple context link headers"
        case processingModeConflict = "processing mode conflict"
        case protectedTermRedefinition = "protected term redefinition"
        case recursiveContextInclusion = "recursive context inclusion"
        case invalidInput = "invalid input"
    }

    public var code: Code
    public var message: String
    /// The document being processed, when known (JSON-LD errors have no line and column: they
    /// are found in the parsed JSON tree).
    public var file: String?

    public init(_ code: Code, _ message: String = "", file: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
    }

    public var description: String {
        let text = message.isEmpty ? code.rawValue : "\(code.rawValue): \(message)"
        return file.map { "\($0): \(text)" } ?? text
    }
}
