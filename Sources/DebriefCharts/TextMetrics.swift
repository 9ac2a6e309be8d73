/// Rough text measurement: charts are rendered without a font engine, so widths
/// are estimated from character counts at the fixed 11 px chart font.
enum TextMetrics {
    /// Average advance of an 11 px sans-serif character, slightly generous so
    /// estimated boxes err towards not overlapping.
    static let charWidth = 6.5

    /// Estimated rendered width of `text` in pixels.
    static func width(_ text: String, charWidth: Double = charWidth) -> Double {
        Double(text.count) * charWidth
    }

    /// `text` cut to at most `limit` characters, ending in "…" when cut.
    static func truncate(_ text: String, limit: Int = 40) -> String {
        let clean = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        guard clean.count > limit, limit > 1 else { return clean }
        let cut = clean.prefix(limit - 1)
        return cut.trimmingTrailingSpaces() + "\u{2026}"
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
