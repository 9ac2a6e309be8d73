import Foundation
/// Escaping for text and attribute values in HTML and XML.
public enum HTMLEscaping {
    /// Escapes `& < > " '` so `text` is safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
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
