import Mustache

/// The HTML escaping of swift-mustache's default content type (`<` `>` `&` `"`
/// `'`, the same replacements), done on UTF-8 bytes: text with none of them,
/// the usual case, is returned untouched instead of rebuilt character by character.
struct ByteHTMLContentType: MustacheContentType {
    /// The name templates select it by (`{{% CONTENT_TYPE: … }}`), registered once.
    static let name: String = {
        MustacheContentTypes.register(ByteHTMLContentType(), named: "DEBRIEF_HTML")
        return "DEBRIEF_HTML"
    }()

    /// Put before every template: each template (and partial) starts in the default
    /// content type, so each selects this one itself.
    static var pragma: String { "{{% CONTENT_TYPE: \(name)}}" }

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
