/// Content negotiation: one pure function from what the client asked for to what a route offers.
public enum ContentNegotiation {
    /// One thing a route can answer with.
    public struct Offer: Sendable, Equatable {
        /// The media type sent in `Content-Type` (may carry parameters, e.g. SDMX `version=2.1`).
        public let mediaType: String
        /// Other media types that name the same representation (e.g. `application/json` for SPARQL JSON).
        public let aliases: [String]
        /// Names accepted by `?format=` (e.g. `ttl`, `turtle`).
        public let formatNames: [String]
        /// `mediaType` then `aliases`, parsed once (nil where one does not parse).
        let ranges: [MediaRange?]

        public init(_ mediaType: String, aliases: [String] = [], formatNames: [String] = []) {
            self.mediaType = mediaType
            self.aliases = aliases
            self.formatNames = formatNames
            ranges = ([mediaType] + aliases).map { MediaRange(Substring($0)) }
        }
    }

    /// What negotiation decided.
    public enum Outcome: Sendable, Equatable {
        /// Answer with `offers[index]`.
        case chosen(Int)
        /// Nothing offered is acceptable (406).
        case notAcceptable
        /// `?format=` names no offer (406).
        case unknownFormat(String)
    }

    /// Picks the offer to answer with.
    ///
    /// - `format` (from `?format=`) wins over `Accept` when present: it is matched against each
    ///   offer's format names, then as a media type.
    /// - Otherwise each offer gets the quality of the most specific `Accept` range that covers it
    ///   (its media type or an alias); the highest quality wins, ties go to the earlier offer
    ///   (the route's preference). Quality 0 excludes. No or empty `Accept` means `*/*`.
    public static func negotiate(accept: String?, format: String? = nil, offers: [Offer]) -> Outcome {
        guard !offers.isEmpty else { return .notAcceptable }
        if let format, !format.isEmpty {
            let name = format.lowercased()
            if let i = offers.firstIndex(where: { $0.formatNames.contains(name) }) { return .chosen(i) }
            if let wanted = MediaRange(Substring(name)),
               let i = offers.firstIndex(where: { o in o.ranges.contains { $0.map(wanted.covers) ?? false } }) {
                return .chosen(i)
            }
            return .unknownFormat(format)
        }
        let ranges = MediaRange.parseAcceptRemembered(accept ?? "")
        if ranges.isEmpty { return .chosen(0) }
        var best: (index: Int, quality: Double)?
        for (i, offer) in offers.enumerated() {
            let q = quality(of: offer, under: ranges)
            if q > 0, q > (best?.quality ?? 0) { best = (i, q) }
        }
        return best.map { .chosen($0.index) } ?? .notAcceptable
    }

    /// The quality `ranges` give to `offer`: that of the most specific covering range, over the
    /// offer's media type and aliases (0 when none covers it); wildcards match the media type only.
    static func quality(of offer: Offer, under ranges: [MediaRange]) -> Double {
        var best = 0.0
        for (n, range) in offer.ranges.enumerated() {
            guard let parsed = range else { continue }
            var match: MediaRange?
            // Aliases count only when named exactly: `text/*` must not pick N-Triples as `text/plain`.
            for r in ranges where r.covers(parsed) && (n == 0 || r.specificity >= 2) {
                if match == nil || r.specificity > match!.specificity
                    || (r.specificity == match!.specificity && r.quality > match!.quality) { match = r }
            }
            if let match { best = max(best, match.quality) }
        }
        return best
    }
}
