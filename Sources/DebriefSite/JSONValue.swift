/// A JSON value written deterministically: keys keep their given order, strings
/// are escaped by construction, numbers are integers or fixed decimals.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// `nil` becomes `null`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    public static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

    /// The JSON text; `indent` > 0 pretty-prints with that many spaces.
    public func rendered(indent: Int = 2) -> String {
        var out = ""
        write(into: &out, indent: indent, depth: 0)
        return out
    }

    /// The JSON text as it stands inside arrays or objects `depth` levels deep (its first line not padded).
    func rendered(indent: Int, depth: Int) -> String {
        var out = ""
        write(into: &out, indent: indent, depth: depth)
        return out
    }

    private func write(into out: inout String, indent: Int, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            out += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.3f", value)) : "null"
        case .string(let value): Self.quote(value, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            let pretty = indent > 0, pad = Self.pad(indent, depth + 1)
            out += pretty ? "[\n" : "["
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent, depth: depth + 1)
                if index < items.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            out += Self.pad(indent, depth) + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            let pretty = indent > 0, pad = Self.pad(indent, depth + 1)
            out += pretty ? "{\n" : "{"
            for (index, (key, value)) in pairs.enumerated() {
                out += pad
                Self.quote(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, indent: indent, depth: depth + 1)
                if index < pairs.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            out += Self.pad(indent, depth) + "}"
        }
    }

    /// The spaces before a line at `depth` (none when not pretty-printing); made only for arrays and objects.
    private static func pad(_ indent: Int, _ depth: Int) -> String {
        indent > 0 ? String(repeating: " ", count: indent * depth) : ""
    }

    /// ``quote(_:)`` appended to `out`, a string with nothing to escape without a copy of its own.
    static func quote(_ text: String, into out: inout String) {
        if isPlain(text) {
            out += "\""
            out += text
            out += "\""
        } else {
            out += quote(text)
        }
    }

    /// No control, quote, backslash or slash (0xE2 leads U+2028 and U+2029): nothing to escape.
    private static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F || $0 == 0xE2 })
    }

    /// A JSON string literal; control characters, quotes, backslashes and `</`
    /// (so JSON can sit inside a `<script>`) are escaped.
    public static func quote(_ text: String) -> String {
        if isPlain(text) { return "\"" + text + "\"" }
        var out = "\""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "/" where previous == "<": out += "\\/"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            previous = scalar
        }
        return out + "\""
    }
}

import Foundation
