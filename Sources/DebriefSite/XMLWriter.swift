import DebriefCharts

/// A small XML writer that escapes every text and attribute value by construction.
struct XMLWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func raw(_ trusted: String) { text += trusted }

    mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        text += indent() + "<" + name + Self.attributes(attributes.sorted { $0.key < $1.key }) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent() + "</" + name + ">\n"
    }

    mutating func element(_ name: String, _ value: String) {
        text += indent() + "<" + name + ">" + Self.escape(value) + "</" + name + ">\n"
    }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        text += indent() + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    private func indent() -> String { String(repeating: "  ", count: depth) }

    private static func attributes(_ pairs: [(key: String, value: String)]) -> String {
        pairs.map { " \($0.key)=\"\(Self.escape($0.value))\"" }.joined()
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(Self.escape($0.1))\"" }.joined()
    }

    /// The project's one XML escaper (it also drops what XML 1.0 forbids, e.g. U+FFFE).
    static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
