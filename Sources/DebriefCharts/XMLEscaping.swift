/// The one XML escaping function, used by ``SVG`` and by the site's feeds.
public enum XMLEscaping {
    /// Escapes the five XML special characters and drops characters that XML 1.0
    /// forbids outright (most C0 controls, U+FFFE, U+FFFF) or that are
    /// noncharacters (U+FDD0…U+FDEF, U+nFFFE/U+nFFFF), which would otherwise
    /// make the whole document unparseable or be rejected by strict readers.
    public static func escape(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Reduces an element or attribute name to characters valid in an XML name,
    /// so even a name taken from data cannot break out of the tag.
    static func name(_ raw: String) -> String {
        let kept = raw.unicodeScalars.filter { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
                || s == "-" || s == "_" || s == ":" || s == "."
        }
        var result = String(String.UnicodeScalarView(kept))
        if let first = result.unicodeScalars.first, !(first >= "a" && first <= "z") && !(first >= "A" && first <= "Z") && first != "_" {
            result = "_" + result
        }
        return result.isEmpty ? "_" : result
    }

    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0xFDD0...0xFDEF: return false
        case _ where s.value & 0xFFFE == 0xFFFE: return false
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// ``escape(_:)`` appended to a byte buffer; text that needs no escaping
    /// (plain printable ASCII, the usual case) is copied as it is.
    static func escape(_ raw: String, into out: inout [UInt8]) {
        // On the string's own UTF-8 storage: one tight pass, then one copy.
        let copied = raw.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy(isPlain) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true { return }
        // The same scalars as ``escape(_:)``, appended as bytes (no string built and copied).
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "'": out.append(contentsOf: "&apos;".utf8)
            default:
                if scalar.isASCII {
                    if isAllowed(scalar) { out.append(UInt8(scalar.value)) }
                } else if isAllowed(scalar) {
                    out.append(contentsOf: scalar.utf8)
                }
            }
        }
    }

    /// ``name(_:)`` appended to a byte buffer; a name that is already valid is copied as it is.
    static func name(_ raw: String, into out: inout [UInt8]) {
        let copied = raw.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, isNameStart(first), bytes.allSatisfy(isNameByte) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied != true { out.append(contentsOf: name(raw).utf8) }
    }

    /// Printable ASCII, tab, newline or return, and none of the five escaped characters.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return false
        case 0x09, 0x0A, 0x0D, 0x20...0x7F: return true
        default: return false
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }
}
