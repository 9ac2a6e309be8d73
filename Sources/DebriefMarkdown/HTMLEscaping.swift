import Foundation
/// Escaping for text and attribute values in HTML and XML.
public enum HTMLEscaping {
    /// Escapes `& < > " '` so `text` is safe in element content and quoted attributes.
    /// Works on UTF-8 bytes: each of the five is one ASCII byte that no other character's encoding
    /// contains, so it is escaped even when a combining mark follows it (`"` + U+0301 is one
    /// `Character` in Swift, but a browser still reads the quote).
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

    /// True when a link target is safe to put in `href`/`src`: a relative link,
    /// or an absolute one whose scheme is http, https or mailto (or an image
    /// `data:` URL). Browsers ignore tabs, newlines and control characters inside
    /// a scheme (`jav&#x09;ascript:`), so those are removed before the check.
    public static func isSafeURL(_ url: String) -> Bool {
        let squeezed = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        let lowered = squeezed.lowercased()
        guard let colon = lowered.firstIndex(of: ":") else { return true }
        // A colon after a path, query or fragment character is not a scheme ("a/b:c", "?q=a:b").
        if lowered[..<colon].contains(where: { "/?#".contains($0) }) { return true }
        let scheme = lowered[..<colon]
        if ["http", "https", "mailto"].contains(scheme) { return true }
        if scheme == "data" {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
        }
        return false
    }
}
