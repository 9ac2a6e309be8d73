import Foundation

/// Link targets for chart elements. Escaping stops markup injection but not a
/// `javascript:` URL, so only relative links and a few safe schemes pass.
enum Href {
    private static let schemes: Set<String> = ["http", "https", "mailto"]

    static func safe(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let trimmed = raw.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.controlCharacters))
        guard !trimmed.isEmpty else { return nil }
        // Browsers ignore tabs/newlines inside a scheme ("java\tscript:"), so check without them.
        let squashed = String(trimmed.lowercased().unicodeScalars.filter { $0.value > 0x20 })
        if let colon = squashed.firstIndex(of: ":") {
            let scheme = squashed[..<colon]
            let isScheme = !scheme.contains(where: { "/?#".contains($0) })
            if isScheme && !schemes.contains(String(scheme)) { return nil }
        }
        return trimmed
    }

    /// `"#L12"` for an in-page anchor id (a leading "#" is tolerated).
    static func fragment(_ anchor: String?) -> String? {
        guard let anchor, !anchor.isEmpty else { return nil }
        return anchor.hasPrefix("#") ? anchor : "#" + anchor
    }
}
