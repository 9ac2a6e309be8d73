/// Rough text measurement: charts are rendered without a font engine, so widths
/// are estimated from character counts at the fixed 11 px chart font.
enum TextMetrics {
    /// Average advance of an 11 px sans-serif character, slightly generous so
    /// estimated boxes err towards not overlapping.
    static let charWidth = 6.5

    /// Estimated rendered width of `text` in pixels.
    static func width(_ text: String, charWidth: Double = charWidth) -> Double {
        Double(isSingleLineASCII(text) ? text.utf8.count : text.count) * charWidth
    }

    /// `text` cut to at most `limit` characters, ending in "…" when cut.
    static func truncate(_ text: String, limit: Int = 40) -> String {
        if isSingleLineASCII(text) {
            // One byte per character and no line to join: the same cut, without walking characters.
            guard text.utf8.count > limit, limit > 1 else { return text }
            var cut = text.utf8.prefix(limit - 1)
            while cut.last == UInt8(ascii: " ") { cut = cut.dropLast() }
            return String(decoding: cut, as: UTF8.self) + "\u{2026}"
        }
        let clean = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        guard clean.count > limit, limit > 1 else { return clean }
        let cut = clean.prefix(limit - 1)
        return cut.trimmingTrailingSpaces() + "\u{2026}"
    }
}

extension TextMetrics {
    /// ASCII with no line break (nor a vertical tab or form feed): each byte is one character, none a newline.
    static func isSingleLineASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && !(0x0A...0x0D).contains($0) }
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
