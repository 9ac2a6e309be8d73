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

    private func write(into out: inout String, indent: Int, depth: Int) {
        let pretty = indent > 0
        let pad = pretty ? String(repeating: " ", count: indent * (depth + 1)) : ""
        let closePad = pretty ? String(repeating: " ", count: indent * depth) : ""
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            out += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.3f", value)) : "null"
        case .string(let value): out += Self.quote(value)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += pretty ? "[\n" : "["
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent, depth: depth + 1)
                if index < items.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            out += closePad + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += pretty ? "{\n" : "{"
            for (index, (key, value)) in pairs.enumerated() {
                out += pad + Self.quote(key) + (pretty ? ": " : ":")
                value.write(into: &out, indent: indent, depth: depth + 1)
                if index < pairs.count - 1 { out += "," }
                if pretty { out += "\n" }
            }
            out += closePad + "}"
        }
    }

    /// A JSON string literal; control characters, quotes, backslashes and `</`
    /// (so JSON can sit inside a `<script>`) are escaped.
    public static func quote(_ text: String) -> String {
        // Nothing to escape (no control, quote, backslash or slash; 0xE2 leads U+2028 and U+2029): the text as it is.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F || $0 == 0xE2 }) {
            return "\"" + text + "\""
        }
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
