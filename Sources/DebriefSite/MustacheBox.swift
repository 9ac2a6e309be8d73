/// Turns a view struct into nested dictionaries and arrays once, before rendering.
///
/// swift-mustache looks a name up in a struct through `Mirror` on every tag,
/// walking all of the struct's fields each time; a page with long tables paid
/// that cost thousands of times. A dictionary answers each lookup directly and
/// renders the same text (stored properties only, optionals unwrapped).
enum MustacheBox {
    static func box(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double, is Substring:
            return value
        case let view as any MustacheView:
            // Boxed by its synthesized `encode(to:)`: the same tree, without reflecting on each field.
            return MustacheTreeEncoder.tree(view)
        default:
            return reflected(value)
        }
    }

    /// The tree by reflection, each child boxed by ``box(_:)``.
    static func reflected(_ value: Any) -> Any? { reflect(value, children: box) }

    /// The whole tree by reflection, as every view was boxed before ``MustacheView`` (tests compare the two).
    static func mirrored(_ value: Any) -> Any? { reflect(value, children: mirrored) }

    private static func reflect(_ value: Any, children box: (Any) -> Any?) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double, is Substring:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { box($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { box($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label else { continue }
                fields[label] = box(child.value)
            }
            return fields
        default:
            return value
        }
    }
}
