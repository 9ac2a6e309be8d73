import Foundation

/// The hash of a view as the templates see it: the tree ``MustacheBox`` makes (strings,
/// numbers, flags, arrays, dictionaries), walked with dictionary keys in sorted order, so
/// equal trees hash equal in every process. A page rendered from an equal tree with the
/// same templates is the same page, so this keys an aggregate page by exactly what it shows.
enum ViewHash {
    static func of(_ tree: Any) -> UInt64 {
        var hash = StableHash()
        combine(tree, into: &hash)
        return hash.value
    }

    static func combine(_ value: Any, into hash: inout StableHash) {
        switch value {
        case let text as String: hash.combine(1); hash.combine(text)
        case let text as Substring: hash.combine(1); hash.combine(String(text))
        case let flag as Bool: hash.combine(2); hash.combine(flag)
        case let number as Int: hash.combine(3); hash.combine(number)
        case let number as Double: hash.combine(4); hash.combine(number.bitPattern)
        case let array as [Any]:
            hash.combine(5); hash.combine(array.count)
            for element in array { combine(element, into: &hash) }
        case let fields as [String: Any]:
            hash.combine(6); hash.combine(fields.count)
            for key in fields.keys.sorted() {
                hash.combine(key)
                combine(fields[key]!, into: &hash)
            }
        default:
            // What boxing leaves as it is (an enum, a date): its type and its full description.
            hash.combine(7)
            hash.combine(String(reflecting: type(of: value)))
            hash.combine(String(reflecting: value))
        }
    }
}
