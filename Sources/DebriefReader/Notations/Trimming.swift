import Foundation

/// `trimmingCharacters(in: .whitespaces)` and `(in: .whitespacesAndNewlines)` without Foundation
/// for text that is ASCII at both ends after the trimmed run (nearly all the reader sees): the same
/// result, since the ASCII members of those sets are space and tab (and the line breaks `\n`,
/// `\v`, `\f`, `\r`). Text with another character at an end goes to Foundation.
extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`.
    func trimmingBlanks() -> String {
        Trimming.trim(self, set: .whitespaces) { $0 == 0x20 || $0 == 0x09 }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespace() -> String {
        Trimming.trim(self, set: .whitespacesAndNewlines) { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    }
}

enum Trimming {
    static func trim<S: StringProtocol>(_ text: S, set: CharacterSet, member: (UInt8) -> Bool) -> String {
        let bytes = text.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex, member(bytes[start]) { bytes.formIndex(after: &start) }
        // One forward pass: the end is just after the last byte not in the set.
        var end = start, last = start, index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if !member(byte) { last = index }
            bytes.formIndex(after: &index)
            if !member(byte) { end = index }
        }
        // A character beyond ASCII at either end may itself belong to the set: Foundation decides.
        if start < end, bytes[start] >= 0x80 || bytes[last] >= 0x80 {
            return text.trimmingCharacters(in: set)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
