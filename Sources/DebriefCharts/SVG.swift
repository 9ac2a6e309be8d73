/// A tiny SVG element tree that escapes every attribute value and text node
/// when rendered, so no caller can inject markup through data.
///
/// Attributes keep the order they were given in, which keeps output
/// byte-identical between runs (a dictionary would not).
public indirect enum SVG: Sendable, Equatable {
    /// An element: name, attributes in emission order, children.
    case element(String, [SVGAttribute], [SVG])
    /// A text node; escaped on output.
    case text(String)

    /// The SVG namespace, emitted on the root element.
    public static let namespace = "http://www.w3.org/2000/svg"

    /// Builds an element from an ordered attribute literal, e.g.
    /// `SVG("rect", ["x": "1", "width": "4"])`.
    public init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [SVG] = []) {
        self = .element(name, attributes.map { SVGAttribute($0.key, $0.value) }, children)
    }

    /// Builds an element from an attribute array, for attributes computed at run time.
    public init(_ name: String, attributes: [SVGAttribute], children: [SVG] = []) {
        self = .element(name, attributes, children)
    }

    /// Builds a root `<svg>` element carrying the SVG namespace as its first attribute.
    public static func root(_ attributes: [SVGAttribute], children: [SVG]) -> SVG {
        let rest = attributes.filter { $0.name != "xmlns" }
        return .element("svg", [SVGAttribute("xmlns", namespace)] + rest, children)
    }

    /// A copy with one more attribute appended (ignored on text nodes).
    public func adding(_ name: String, _ value: String) -> SVG {
        guard case .element(let n, let attrs, let kids) = self else { return self }
        return .element(n, attrs + [SVGAttribute(name, value)], kids)
    }

    /// A copy with more children appended (ignored on text nodes).
    public func appending(_ children: [SVG]) -> SVG {
        guard case .element(let n, let attrs, let kids) = self else { return self }
        return .element(n, attrs, kids + children)
    }

    /// Serialises the tree as XML. Elements whose children are all elements put
    /// each child on its own line (harmless whitespace in SVG, readable diffs);
    /// elements holding text stay on one line so the text is not altered.
    public func render() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .text(let value):
            out += XMLEscaping.escape(value)
        case .element(let rawName, let attrs, let kids):
            let name = XMLEscaping.name(rawName)
            out += "<" + name
            for attr in attrs {
                out += " " + XMLEscaping.name(attr.name) + "=\"" + XMLEscaping.escape(attr.value) + "\""
            }
            if kids.isEmpty {
                out += "/>"
                return
            }
            out += ">"
            let hasText = kids.contains { if case .text = $0 { return true } else { return false } }
            for kid in kids {
                if !hasText { out += "\n" }
                kid.write(into: &out)
            }
            if !hasText { out += "\n" }
            out += "</" + name + ">"
        }
    }
}
