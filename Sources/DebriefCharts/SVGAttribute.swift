/// One `name="value"` pair on an ``SVG`` element; the value is escaped on output.
public struct SVGAttribute: Sendable, Equatable {
    /// Attribute name, e.g. `"viewBox"`; characters that cannot appear in an XML name are dropped.
    public var name: String
    /// Raw (unescaped) value.
    public var value: String

    /// Creates an attribute pair.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
