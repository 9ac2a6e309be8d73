import Foundation

/// Link targets for chart elements. Escaping stops markup injection but not a
/// `javascript:` URL, so only relative links and a few safe schemes pass.
enum Href {
    private static let schemes: Set<String> = ["http", "https", "mailto"]

    /// What is trimmed from both ends of a link, made once (a union per call cost more than the chart).
    private static let ends = CharacterSet.whitespacesAndNewlines.union(.controlCharacters)

    static func safe(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let trimmed = isPrintableASCII(raw.utf8.first) && isPrintableASCII(raw.utf8.last) ? raw : raw.trimmingCharacters(in: Self.ends)
        guard !trimmed.isEmpty else { return nil }
        // No colon, no scheme: the usual in-page anchor or relative link passes as it is.
        guard trimmed.utf8.contains(UInt8(ascii: ":")) else { return trimmed }
        // Browsers ignore tabs/newlines inside a scheme ("java\tscript:"), so check without them.
        let squashed = String(trimmed.lowercased().unicodeScalars.filter { $0.value > 0x20 })
        if let colon = squashed.firstIndex(of: ":") {
            let scheme = squashed[..<colon]
            let isScheme = !scheme.contains(where: { "/?#".contains($0) })
            if isScheme && !schemes.contains(String(scheme)) { return nil }
        }
        return trimmed
    }

    /// A byte that neither whitespace nor a control character can start or end with.
    private static func isPrintableASCII(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte > 0x20 && byte < 0x7F
    }

    /// `"#L12"` for an in-page anchor id (a leading "#" is tolerated).
    static func fragment(_ anchor: String?) -> String? {
        guard let anchor, !anchor.isEmpty else { return nil }
        return anchor.hasPrefix("#") ? anchor : "#" + anchor
    }
}
