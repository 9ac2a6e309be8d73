import DebriefModel
import Foundation

/// Strips Markdown block and inline markup from one source line, so the
/// timeline scan sees what a reader sees even where cmark parsed the line
/// as something else (a link reference definition, a lazy continuation).
enum LineCleaner {
    static let listMarker = try! NSRegularExpression(pattern: #"^(?:>\s?)*\s*(?:[-*+•]|\d{1,3}[.)])(?:\s+|\t|$)(?:\[[ xX]\]\s+)?"#)
    static let headingMarker = try! NSRegularExpression(pattern: #"^\s{0,3}#{1,6}\s+"#)
    static let blockQuote = try! NSRegularExpression(pattern: #"^(?:\s*>)+\s?"#)
    static let htmlTag = try! NSRegularExpression(pattern: #"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?)>"#)
    static let emphasis = try! NSRegularExpression(pattern: #"(\*\*|__|(?<![\w*])\*(?!\s)|(?<![\w_])_(?!\s)|(?<!\s)\*(?![\w*])|(?<!\s)_(?![\w_])|~~)"#)
    /// Link text and targets hold no brackets: each attempt stops at the next `[`
    /// or `]`, so a line of 8,000 `[` costs linear, not quadratic, time.
    static let link = try! NSRegularExpression(pattern: #"!?\[([^\[\]]*)\]\((?:[^()\[\]]|\([^()\[\]]*\))*\)|\[([^\[\]]+)\]\[[^\[\]]*\]"#)
    static let liquid = try! NSRegularExpression(pattern: #"\{%.*?%\}|\{:[^}]*\}"#)
    /// "between 1900 and 2100 UTC", "at 1915 UTC": a four-figure clock that a zone marks as one
    /// ("0300hrs" is the clock scanner's own notation and is left to it).
    static let markedCompactClock = try! NSRegularExpression(pattern: #"(?<![\d:.,/-])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:UTC|GMT|Z)\b|\s*(?:-|–|to|and|until)\s*(?:[01]\d|2[0-3])[0-5]\d\s?(?:UTC|GMT|Z)\b)"#)
    /// `{% include date.html day="2015-10-21" zone="UTC" %}`: a template tag that states the date and zone.
    static let liquidDate = try! NSRegularExpression(pattern: #"\{%[^%]*?\b(?:day|date)\s*=\s*"([^"]+)"[^%]*?(?:\b(?:zone|timezone|tz)\s*=\s*"([^"]+)")?[^%]*%\}"#)

    struct Cleaned {
        var text: String
        var indent: Int
        var isListItem: Bool
        var isHeading: Bool
    }

    /// The line without list, heading and quote markers, links reduced to their
    /// text, emphasis markers and HTML tags removed, `<br>` kept as a newline.
    static func clean(_ raw: Substring) -> Cleaned {
        var line = raw.utf8.contains(9) ? String(raw).replacingOccurrences(of: "\t", with: "    ") : String(raw)
        let indent = line.prefix { $0 == " " }.count
        if line.utf8.contains(UInt8(ascii: ">")) { line = replace(blockQuote, in: line, with: "") }
        let isHeading = line.utf8.contains(UInt8(ascii: "#")) && first(headingMarker, in: line)
        if isHeading { line = replace(headingMarker, in: line, with: "") }
        let isListItem = first(listMarker, in: line)
        line = replace(listMarker, in: line, with: "")
        line = inline(line)
        return Cleaned(text: line.trimmingBlanks(), indent: indent, isListItem: isListItem, isHeading: isHeading)
    }

    /// Inline clean-up only (for table cells and label text).
    static func inline(_ text: String) -> String {
        // Most lines hold none of the markup below; checking bytes first skips
        // Foundation's slow string replacement for them.
        var low: UInt64 = 0, high: UInt64 = 0 // the ASCII bytes present, one bit each
        for byte in text.utf8 where byte < 128 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        func has(_ character: Unicode.Scalar) -> Bool {
            character.value < 64 ? low & (1 << UInt64(character.value)) != 0 : high & (1 << UInt64(character.value - 64)) != 0
        }
        var line = text
        if has("<") {
            for breakTag in ["<br>", "<br/>", "<br />", "<BR>"] { line = line.replacingBytes(of: breakTag, with: "\n") }
            line = replace(htmlTag, in: line, with: "")
        }
        if has("{") {
            if line.contains("{%") {
                line = replace(liquidDate, in: line, with: "$1 (all times $2)").replacingOccurrences(of: " (all times )", with: "")
            }
            line = replace(liquid, in: line, with: "")
        }
        if has("[") { line = replace(link, in: line, with: "$1$2") }
        if has("*") || has("_") || has("~"), mayHoldEmphasis(line) { line = replace(emphasis, in: line, with: "") }
        if has("`") { line = line.replacingBytes(of: "`", with: "") }
        if has("&") { line = line.replacingBytes(of: "&nbsp;", with: " ").replacingBytes(of: "&amp;", with: "&") }
        if has("U") || has("G") || has("Z"), hasFourFigures(line) { line = replace(markedCompactClock, in: line, with: "$1:$2") }
        if has("\\") { line = line.replacingBytes(of: "\\|", with: "|") }
        return line
    }

    /// True when four figures stand in a row somewhere in `line`.
    static func hasFourFigures(_ line: String) -> Bool {
        var run = 0
        for byte in line.utf8 {
            run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// False when `emphasis` cannot match `line`: ASCII text without `~~` whose every `*` and `_`
    /// stands between two letters or figures ("feature_flags", "a*b"); other text is left to the pattern.
    static func mayHoldEmphasis(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        func alphanumeric(_ index: Int) -> Bool {
            guard bytes.indices.contains(index) else { return false }
            let byte = bytes[index] | 0x20
            return (byte >= 0x61 && byte <= 0x7A) || (bytes[index] >= 0x30 && bytes[index] <= 0x39)
        }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x80...: return true
            case UInt8(ascii: "~"): if index + 1 < bytes.count, bytes[index + 1] == byte { return true }
            case UInt8(ascii: "*"), UInt8(ascii: "_"): if !(alphanumeric(index - 1) && alphanumeric(index + 1)) { return true }
            default: break
            }
        }
        return false
    }

    static func replace(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length), withTemplate: template)
    }

    static func first(_ regex: NSRegularExpression, in text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }
}
