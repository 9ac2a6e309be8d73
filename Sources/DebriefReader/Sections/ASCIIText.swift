/// Byte-level versions of `SectionKind`'s text handling for ASCII headings (nearly all of
/// them), with the same results as the Foundation-based code, which stays for other text.
enum ASCIIText {
    /// `SectionKind.normalize` of an ASCII heading without Liquid tags; nil for any other heading.
    static func normalizedHeading(_ heading: String) -> String? {
        var words: [UInt8] = []
        words.reserveCapacity(heading.utf8.count)
        var pendingSpace = false
        for byte in heading.utf8 {
            guard byte < 0x80, byte != UInt8(ascii: "{") else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            let kept = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
                || lower == UInt8(ascii: "-") || lower == UInt8(ascii: ";") || lower == UInt8(ascii: "'")
            if !kept { pendingSpace = true; continue }
            if pendingSpace && !words.isEmpty { words.append(0x20) }
            pendingSpace = false
            words.append(lower)
        }
        // Figures and spaces trimmed from both ends ("1. Summary", "Timeline 2").
        let trimmed = words.drop { $0 == 0x20 || ($0 >= 0x30 && $0 <= 0x39) }
        let end = trimmed.lastIndex { $0 != 0x20 && !($0 >= 0x30 && $0 <= 0x39) }.map { $0 + 1 } ?? trimmed.startIndex
        return String(decoding: trimmed[trimmed.startIndex..<end], as: UTF8.self)
    }

    /// `SectionKind.startsAWord` for an ASCII text: `phrase` at the start or after a space.
    static func startsAWord(_ phrase: String, in text: String) -> Bool {
        startsAWord(Array(phrase.utf8), in: Array(text.utf8))
    }

    static func startsAWord(_ needle: [UInt8], in hay: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start] == first && (start == 0 || hay[start - 1] == 0x20) {
            if hay[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// True for an ASCII line without `[` (no footnote to cut) that holds more than 70
    /// characters between its first and last non-blank one: longer than any label.
    static func longerThanLabel(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard bytes.count > 70, bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "[") }) else { return false }
        let blank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !blank($0) }), let last = bytes.lastIndex(where: { !blank($0) }) else { return false }
        return bytes.distance(from: first, to: last) + 1 > 70
    }
}
