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
}
