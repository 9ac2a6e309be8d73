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
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes into one byte buffer: names and values are escaped on their UTF-8
    /// bytes, with no intermediate strings.
    private func write(into out: inout [UInt8]) {
        switch self {
        case .text(let value):
            XMLEscaping.escape(value, into: &out)
        case .element(let rawName, let attrs, let kids):
            out.append(UInt8(ascii: "<"))
            let nameStart = out.count
            XMLEscaping.name(rawName, into: &out)
            let nameEnd = out.count
            for attr in attrs {
                out.append(UInt8(ascii: " "))
                XMLEscaping.name(attr.name, into: &out)
                out.append(contentsOf: "=\"".utf8)
                XMLEscaping.escape(attr.value, into: &out)
                out.append(UInt8(ascii: "\""))
            }
            if kids.isEmpty {
                out.append(contentsOf: "/>".utf8)
                return
            }
            out.append(UInt8(ascii: ">"))
            let hasText = kids.contains { if case .text = $0 { return true } else { return false } }
            for kid in kids {
                if !hasText { out.append(0x0A) }
                kid.write(into: &out)
            }
            if !hasText { out.append(0x0A) }
            out.append(contentsOf: "</".utf8)
            // Index by index: a slice of `out` held across an append would copy the whole buffer.
            for index in nameStart..<nameEnd { out.append(out[index]) }
            out.append(UInt8(ascii: ">"))
        }
    }
}
